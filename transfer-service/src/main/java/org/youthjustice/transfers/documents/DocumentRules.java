package org.youthjustice.transfers.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a file attached to a transfer's checklist may be (TRF-5): a PDF, a Word document or a PNG or JPEG image,
 * not empty, no larger than the configured limit, and truly of the type it declares (its first bytes). Pure:
 * {@link Documents} answers each refusal with its status.
 */
public final class DocumentRules {
    public static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf",
            "application/msword", "doc",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "image/png", "png",
            "image/jpeg", "jpg");

    private DocumentRules() {
    }

    public enum Refusal {
        /** 415 */
        UNSUPPORTED_TYPE,
        /** 413 */
        TOO_LARGE,
        /** 400 */
        EMPTY,
        /** 400 */
        NOT_WHAT_IT_SAYS
    }

    public record Refused(Refusal refusal, String message) {
    }

    /** The media type without its parameters, lower case: {@code Application/PDF; x=y} → {@code application/pdf}. */
    public static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<Refused> check(String contentType, byte[] content, long maxBytes) {
        String type = baseType(contentType);
        if (!EXTENSIONS.containsKey(type)) {
            return Optional.of(new Refused(Refusal.UNSUPPORTED_TYPE, "a document is a PDF, a Word document or a PNG or JPEG image, not '"
                    + (type.isEmpty() ? "no content type" : type) + "'"));
        }
        if (content == null || content.length == 0) {
            return Optional.of(new Refused(Refusal.EMPTY, "the document is empty"));
        }
        if (content.length > maxBytes) {
            return Optional.of(new Refused(Refusal.TOO_LARGE, "a document is at most " + maxBytes + " bytes; this one is "
                    + content.length));
        }
        if (!looksLike(type, content)) {
            return Optional.of(new Refused(Refusal.NOT_WHAT_IT_SAYS, "the content is not a " + EXTENSIONS.get(type).toUpperCase(Locale.ROOT)
                    + " file, as its content type says"));
        }
        return Optional.empty();
    }

    private static boolean looksLike(String type, byte[] content) {
        return switch (type) {
            case "application/pdf" -> startsWith(content, '%', 'P', 'D', 'F', '-');
            case "image/png" -> startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            // a .docx is a zip package; a .doc an OLE2 compound file
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> startsWith(content, 'P', 'K', 3, 4);
            case "application/msword" -> startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        int[] head = new int[signature.length];
        for (int i = 0; i < signature.length; i++) {
            head[i] = content[i] & 0xFF;
        }
        return Arrays.equals(head, signature);
    }

    /** A filename safe to send back in a header: no path, quotes or control characters; the type's extension by default. */
    public static String filename(String given, String item, String contentType) {
        String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        return name.isEmpty() ? item + "." + EXTENSIONS.get(baseType(contentType)) : name;
    }
}
