package org.neurallab.lab.playground.state;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The teacher's PIN that keeps a lesson in place: 4 to 12 digits, stored only as a salted PBKDF2 hash
 * ({@code pbkdf2-sha256$iterations$salt$hash}), so a saved configuration does not reveal it. This keeps
 * students from undoing a lesson in class; it is not meant to resist someone who edits the file.
 */
public final class TeacherPin {
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TeacherPin() {
    }

    /** True for 4 to 12 digits. */
    public static boolean valid(String pin) {
        return pin != null && pin.matches("[0-9]{4,12}");
    }

    /** The stored form of a PIN; throws when it is not 4 to 12 digits. */
    public static String hash(String pin) {
        if (!valid(pin)) {
            throw new IllegalArgumentException("the teacher PIN must be 4 to 12 digits");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derive(pin, salt, ITERATIONS));
    }

    /** Whether this text has the stored form (a malformed key in a file is refused when the lesson is read). */
    public static boolean wellFormed(String key) {
        if (key == null) {
            return false;
        }
        String[] parts = key.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME) || !parts[1].matches("[0-9]{1,7}")) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        try {
            return iterations >= 1_000 && iterations <= 1_000_000 && Base64.getDecoder().decode(parts[2]).length == 16
                    && Base64.getDecoder().decode(parts[3]).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the PIN typed matches the stored key (compared in constant time). */
    public static boolean matches(String key, String pin) {
        if (!wellFormed(key) || !valid(pin)) {
            return false;
        }
        String[] parts = key.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(pin, salt, Integer.parseInt(parts[1])));
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
