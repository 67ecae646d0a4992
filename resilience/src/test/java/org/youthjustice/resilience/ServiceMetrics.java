package org.youthjustice.resilience;

import static io.restassured.RestAssured.given;

/** A service's own metrics ({@code /q/metrics}, Prometheus text), read the way an operator's scraper reads them. */
final class ServiceMetrics {
    private ServiceMetrics() {
    }

    /** The sum of every series of {@code metric} whose labels contain {@code labels} (e.g. {@code consumer="x"}). */
    static double sum(String serviceUrl, String metric, String labels) {
        return given().baseUri(serviceUrl).get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
