package nianbao.ingest.decoding;

/** Tells a file's media type from its first bytes (never from its name or the sender's claim). */
public final class MediaTypeSniffer {

    private MediaTypeSniffer() {
    }

    /** A binary container format recognised by its magic number, or null when the bytes may be text. */
    public static String binaryType(byte[] bytes) {
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
            return "application/zip";
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "application/x-ole-storage";
        }
        if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0x49, 0x49, 0x2A, 0x00) || startsWith(bytes, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "image/tiff";
        }
        if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
            return "image/gif";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "application/gzip";
        }
        return null;
    }

    /** text/html when the text looks like a web page, else text/plain (markdown is read as text). */
    public static String textType(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.contains("<table")) {
            return "text/html";
        }
        return "text/plain";
    }

    static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
