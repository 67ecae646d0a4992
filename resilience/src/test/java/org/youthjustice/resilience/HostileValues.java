package org.youthjustice.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.youthjustice.resilience.OpenApiOperations.Operation;

/**
 * Bad input derived from an operation's OpenAPI schema and example (R4): each property given a value of the wrong JSON
 * type, each required property left out, a 1 MB string, JSON nested 10 000 levels deep, invalid UTF-8, malformed JSON,
 * a body that is not an object, wrong content types; path parameters with path traversal, SQL metacharacters and values
 * of the wrong kind; query parameters that are not numbers, negative, huge or SQL. Every body variant is built to be
 * invalid, so that a service that takes one has accepted what it must refuse (a NUL character in a text is invalid too:
 * README, 400 for an invalid field; PostgreSQL cannot store it as text).
 */
final class HostileValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int MEGABYTE = 1024 * 1024;
    static final int DEPTH = 10_000;
    /** The example followed by more (an unfinished second document): not one JSON document, so 400. */
    static final String TRAILING = "trailing content after the document";

    /** One bad input: its category, what it is, and the body (with its content type) it sends. */
    record BadBody(String category, String what, String contentType, byte[] body) {
    }

    /** One bad parameter value, already encoded for the URL. */
    record BadValue(String category, String what, String encoded) {
    }

    private HostileValues() {
    }

    /** Values for a path parameter. */
    static List<BadValue> pathValues() {
        return List.of(
                new BadValue("path traversal", "..%2F..%2Fetc%2Fpasswd", "..%2F..%2F..%2Fetc%2Fpasswd"),
                new BadValue("path traversal", "%2e%2e%2f encoded twice", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
                new BadValue("path traversal", "..\\..\\windows", "..%5C..%5Cwindows%5Cwin.ini"),
                new BadValue("sql", "' or 1=1 --", "%27%20or%201%3D1%20--"),
                new BadValue("sql", "'; drop table child_case; --", "%27%3B%20drop%20table%20child_case%3B%20--"),
                new BadValue("wrong kind", "not-a-uuid", "not-a-uuid"),
                new BadValue("wrong kind", "-1", "-1"),
                new BadValue("wrong kind", "99999999999999999999", "99999999999999999999"),
                new BadValue("control characters", "NUL", "%00"),
                new BadValue("invalid utf-8", "%FF%FE", "%FF%FE%C3%28"),
                new BadValue("long", "2000 characters", "a".repeat(2000)));
    }

    /** Values for a query parameter. */
    static List<BadValue> queryValues() {
        return List.of(
                new BadValue("not a number", "abc", "abc"),
                new BadValue("negative", "-1", "-1"),
                new BadValue("zero", "0", "0"),
                new BadValue("huge number", "99999999999999999999", "99999999999999999999"),
                new BadValue("huge number", "1e309", "1e309"),
                new BadValue("sql", "' or 1=1 --", "%27%20or%201%3D1%20--"),
                new BadValue("sql", "') union select * from platform.audit_entry --",
                        "%27%29%20union%20select%20%2A%20from%20platform.audit_entry%20--"),
                new BadValue("control characters", "NUL", "%00"),
                new BadValue("invalid utf-8", "%FF%FE", "%FF%FE%C3%28"),
                new BadValue("empty", "", ""),
                new BadValue("long", "2000 characters", "a".repeat(2000)),
                new BadValue("wrong kind", "2026-02-30", "2026-02-30"));
    }

    /** Every bad body for a JSON operation, built from its example (Wokingham's ids filled in) and its schema. */
    static List<BadBody> jsonBodies(Operation operation, JsonNode example) {
        List<BadBody> bodies = new ArrayList<>();
        JsonNode base = example == null ? NODES.objectNode() : example;
        JsonNode schema = operation.bodySchema();

        // each property with a value of the wrong JSON type, at every level of the example
        wrongTypes(operation, base, schema, bodies);
        // each free-text property with a NUL character (valid JSON, the escape of U+0000: no text column can hold it)
        nulCharacters(operation, base, schema, bodies);
        // each required property left out (and everything, where anything is required)
        missing(operation, base, schema, bodies);
        if (schema.path("required").size() > 0) {
            bodies.add(json("missing required", "{} (every required property missing)", NODES.objectNode()));
        }
        // 1 MB in a property whose type it cannot be, or beside a required property left out
        bodies.add(json("huge string", "1 MB string", huge(operation, base, schema)));
        // JSON nested 10 000 levels, as the body and inside a property
        bodies.add(raw("deep nesting", DEPTH + " nested arrays", "application/json", "[".repeat(DEPTH) + "]".repeat(DEPTH)));
        bodies.add(raw("deep nesting", DEPTH + " nested objects", "application/json", "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH)));
        String firstField = base.fieldNames().hasNext() ? base.fieldNames().next() : "a";
        bodies.add(raw("deep nesting", DEPTH + " nested arrays in '" + firstField + "'", "application/json",
                "{\"" + firstField + "\":" + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "}"));
        // invalid UTF-8 inside a string of the example
        bodies.add(new BadBody("invalid utf-8", "bytes FF FE C3 28 in a string", "application/json",
                invalidUtf8(base, new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28 })));
        bodies.add(new BadBody("invalid utf-8", "a lone continuation byte 80 and an overlong 2F", "application/json",
                invalidUtf8(base, new byte[] { (byte) 0x80, (byte) 0xC0, (byte) 0xAF })));
        // malformed JSON
        String text = base.toString();
        bodies.add(raw("malformed json", "cut off half way", "application/json", text.substring(0, Math.max(1, text.length() / 2))));
        bodies.add(raw("malformed json", "trailing comma", "application/json", text.endsWith("}") && text.length() > 2
                ? text.substring(0, text.length() - 1) + ",}" : "{\"a\":1,}"));
        bodies.add(raw("malformed json", "single quotes", "application/json", text.replace('"', '\'')));
        bodies.add(raw("malformed json", "not JSON at all", "application/json", "this is not JSON"));
        bodies.add(raw("malformed json", "NUL bytes", "application/json", "{\"a\":\"\0\0\"\0}"));
        bodies.add(raw("malformed json", TRAILING, "application/json", text + " {\"trailing\": ["));
        // JSON, but not an object
        bodies.add(raw("not an object", "null", "application/json", "null"));
        bodies.add(raw("not an object", "[]", "application/json", "[]"));
        bodies.add(raw("not an object", "42", "application/json", "42"));
        bodies.add(raw("not an object", "\"text\"", "application/json", "\"text\""));
        bodies.add(raw("not an object", "empty body", "application/json", ""));
        // wrong content types
        bodies.add(raw("wrong content type", "text/plain", "text/plain", text));
        bodies.add(raw("wrong content type", "application/xml", "application/xml", "<case><id>1</id></case>"));
        bodies.add(raw("wrong content type", "form", "application/x-www-form-urlencoded", "caseId=1&courtReference=x"));
        bodies.add(raw("wrong content type", "multipart", "multipart/form-data; boundary=x", "--x\r\n\r\n" + text + "\r\n--x--"));
        bodies.add(raw("wrong content type", "application/octet-stream", "application/octet-stream", text));
        return bodies;
    }

    /** The few bad bodies sent to each service directly as well. */
    static List<BadBody> directSample(List<BadBody> bodies) {
        return bodies.stream().filter(body -> List.of("deep nesting", "invalid utf-8", "malformed json", "not an object",
                "wrong content type").contains(body.category())).toList();
    }

    /** Bad bodies for an operation that takes a document (not JSON). */
    static List<BadBody> documentBodies(Operation operation) {
        List<BadBody> bodies = new ArrayList<>();
        bodies.add(raw("wrong content type", "JSON", "application/json", "{\"a\":1}"));
        bodies.add(raw("wrong content type", "text/plain", "text/plain", "not a document"));
        bodies.add(raw("wrong content type", "an executable", "application/x-msdownload", "MZ\u0090\0"));
        bodies.add(new BadBody("wrong content type", "application/octet-stream", "application/octet-stream", WokinghamRecords.PDF));
        bodies.add(new BadBody("not an object", "empty body", operation.bodyMediaType(), new byte[0]));
        return bodies;
    }

    // ------------------------------------------------------------------ building them

    /** What is done to one object of a body: {@code pointer} is its JSON pointer in the body, {@code at} its dotted path. */
    private interface ObjectVisitor {
        void visit(ObjectNode object, JsonNode schema, String pointer, String at);
    }

    /**
     * Visits the body's object, then its nested objects and the first element of its arrays of objects (three levels
     * deep at most), each with its schema: the one walk every kind of bad body below is built on.
     */
    private static void eachObject(Operation operation, JsonNode node, JsonNode schema, String pointer, String at, int depth,
            ObjectVisitor visitor) {
        if (!(node instanceof ObjectNode object) || depth > 3) {
            return;
        }
        visitor.visit(object, schema, pointer, at);
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode fieldSchema = propertySchema(operation, schema, field.getKey());
            String where = where(at, field.getKey());
            String inner = pointer + "/" + escape(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject()) {
                eachObject(operation, value, fieldSchema, inner, where, depth + 1, visitor);
            } else if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                eachObject(operation, value.get(0), operation.resolve(fieldSchema.path("items")), inner + "/0", where + "[0]",
                        depth + 1, visitor);
            }
        }
    }

    private static String where(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    /** For each property (not a free-form one), the whole body with that property's value of the wrong type. */
    private static void wrongTypes(Operation operation, JsonNode root, JsonNode schema, List<BadBody> out) {
        eachObject(operation, root, schema, "", "", 0, (object, objectSchema, pointer, at) -> object.fields().forEachRemaining(field -> {
            if (!freeForm(propertySchema(operation, objectSchema, field.getKey()))) {
                JsonNode wrong = wrongType(field.getValue());
                out.add(json("wrong type", where(at, field.getKey()) + " = " + wrong,
                        changed(root, pointer, copy -> copy.set(field.getKey(), wrong))));
            }
        }));
    }

    /** For each free-text property (a string with no enum, format or pattern), the whole body with a NUL inside it. */
    private static void nulCharacters(Operation operation, JsonNode root, JsonNode schema, List<BadBody> out) {
        eachObject(operation, root, schema, "", "", 0, (object, objectSchema, pointer, at) -> object.fields().forEachRemaining(field -> {
            JsonNode fieldSchema = propertySchema(operation, objectSchema, field.getKey());
            JsonNode value = field.getValue();
            if (value.isTextual() && !fieldSchema.has("enum") && !fieldSchema.has("format") && !fieldSchema.has("pattern")) {
                out.add(json("nul character", where(at, field.getKey()) + " with \\u0000", changed(root, pointer,
                        copy -> copy.put(field.getKey(), value.asText() + "\0 hostile"))));
            }
        }));
    }

    /** For each required property present in an object, the whole body without it. */
    private static void missing(Operation operation, JsonNode root, JsonNode schema, List<BadBody> out) {
        eachObject(operation, root, schema, "", "", 0, (object, objectSchema, pointer, at) -> {
            for (JsonNode required : objectSchema.path("required")) {
                String name = required.asText();
                if (object.has(name)) {
                    out.add(json("missing required", where(at, name) + " left out",
                            changed(root, pointer, copy -> copy.remove(name))));
                }
            }
        });
    }

    /** A copy of the whole body with {@code change} made to the object at {@code pointer}. */
    private static JsonNode changed(JsonNode root, String pointer, java.util.function.Consumer<ObjectNode> change) {
        JsonNode copy = root.deepCopy();
        change.accept((ObjectNode) (pointer.isEmpty() ? copy : copy.at(pointer)));
        return copy;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode propertySchema(Operation operation, JsonNode schema, String name) {
        JsonNode resolved = operation.resolve(schema);
        JsonNode property = resolved.path("properties").path(name);
        if (property.isMissingNode()) {
            for (JsonNode part : resolved.path("allOf")) {
                JsonNode inPart = operation.resolve(part).path("properties").path(name);
                if (!inPart.isMissingNode()) {
                    property = inPart;
                    break;
                }
            }
        }
        return operation.resolve(property);
    }

    /** A schema that takes any JSON value: nothing is the wrong type for it. */
    private static boolean freeForm(JsonNode schema) {
        if (schema.isMissingNode()) {
            return false;
        }
        return !schema.has("type") && !schema.has("enum") && !schema.has("properties") && !schema.has("items")
                && !schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf") && !schema.has("format")
                || "object".equals(schema.path("type").asText()) && !schema.has("properties") && !schema.has("additionalProperties");
    }

    /** A value no deserialiser turns into the example's type (no coercion from a string or an object). */
    static JsonNode wrongType(JsonNode value) {
        if (value.isTextual()) {
            ObjectNode object = NODES.objectNode();
            object.putArray("hostile").add(1);
            return object;
        }
        if (value.isNumber()) {
            return TextNode.valueOf("not-a-number");
        }
        if (value.isBoolean()) {
            return TextNode.valueOf("maybe");
        }
        if (value.isArray()) {
            return TextNode.valueOf("not-an-array");
        }
        if (value.isObject()) {
            return TextNode.valueOf("not-an-object");
        }
        ArrayNode nested = NODES.arrayNode();
        nested.addArray().addArray().add("hostile");
        return nested;
    }

    /**
     * The body with a 1 MB string: in a property that cannot take it (an enum, a date, a uuid); failing that, in the
     * first string property with a required property left out, so that it is never valid.
     */
    private static JsonNode huge(Operation operation, JsonNode base, JsonNode schema) {
        String megabyte = "x".repeat(MEGABYTE);
        if (base instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            String firstText = null;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode fieldSchema = propertySchema(operation, schema, field.getKey());
                if (fieldSchema.has("enum") || fieldSchema.has("format") || fieldSchema.has("pattern")) {
                    ObjectNode copy = object.deepCopy();
                    copy.put(field.getKey(), megabyte);
                    return copy;
                }
                if (firstText == null && field.getValue().isTextual()) {
                    firstText = field.getKey();
                }
            }
            ObjectNode copy = object.deepCopy();
            copy.put(firstText == null ? "hostile" : firstText, megabyte);
            for (JsonNode required : schema.path("required")) {
                if (!required.asText().equals(firstText)) {
                    copy.remove(required.asText());
                    return copy;
                }
            }
            if (firstText != null) {
                // only the text itself is required: a wrong type beside it
                copy.set("hostile", wrongType(TextNode.valueOf("")));
            }
            return copy;
        }
        return TextNode.valueOf(megabyte);
    }

    /** The example's JSON with {@code invalid} bytes (not UTF-8) in its first string value. */
    private static byte[] invalidUtf8(JsonNode base, byte[] invalid) {
        String text = base.toString();
        int quote = text.indexOf(":\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (quote < 0) {
            bytes.writeBytes("{\"a\":\"".getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(invalid);
            bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        } else {
            bytes.writeBytes(text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(invalid);
            bytes.writeBytes(text.substring(quote + 2).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static BadBody json(String category, String what, JsonNode body) {
        return new BadBody(category, what.length() > 120 ? what.substring(0, 120) + "…" : what, "application/json",
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static BadBody raw(String category, String what, String contentType, String body) {
        return new BadBody(category, what, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
