package fr.valise.agent.test;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.json.JSONObject;

/** The committed fixtures of Agent/transcripts/fixtures (test-only CA and signer), and signing with them. */
final class Fixtures {
    static final File DIR = new File(System.getProperty("valise.fixtures", "Agent/transcripts/fixtures"));

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(new File(DIR, name).toPath());
        } catch (IOException e) {
            throw new IllegalStateException("missing fixture " + name + ": " + e);
        }
    }

    static String text(String name) { return new String(bytes(name), StandardCharsets.UTF_8); }

    static JSONObject json(String name) throws Exception { return new JSONObject(text(name)); }

    static String sha256(byte[] b) throws Exception {
        return String.format("%064x", new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(b)));
    }

    /** SHA256withRSA by the test signer's key (fixtures/signer-key.pem). */
    static byte[] sign(byte[] bundle) throws Exception {
        String pem = text("signer-key.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(key);
        s.update(bundle);
        return s.sign();
    }

    static byte[] utf8(JSONObject o) { return o.toString().getBytes(StandardCharsets.UTF_8); }

    static byte[] stream(byte[]... parts) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.write(p);
        return out.toByteArray();
    }

    static boolean isCertificate(byte[] b) {
        try {
            java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(b));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
