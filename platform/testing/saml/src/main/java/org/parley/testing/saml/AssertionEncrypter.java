package org.parley.testing.saml;

import java.security.cert.X509Certificate;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.apache.xml.security.encryption.EncryptedData;
import org.apache.xml.security.encryption.EncryptedKey;
import org.apache.xml.security.encryption.XMLCipher;
import org.apache.xml.security.keys.KeyInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Replaces an Assertion by an {@code EncryptedAssertion} for the SP's encryption certificate: AES-256-CBC content,
 * the AES key wrapped with RSA-OAEP and carried inline, as IdPs commonly do (Apache Santuario's XMLCipher).
 */
final class AssertionEncrypter {

    static {
        org.apache.xml.security.Init.init();
    }

    private AssertionEncrypter() {
    }

    static void encrypt(Element assertion, X509Certificate recipient) {
        try {
            Document document = assertion.getOwnerDocument();
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey contentKey = generator.generateKey();
            XMLCipher keyCipher = XMLCipher.getInstance(XMLCipher.RSA_OAEP);
            keyCipher.init(XMLCipher.WRAP_MODE, recipient.getPublicKey());
            EncryptedKey encryptedKey = keyCipher.encryptKey(document, contentKey);

            XMLCipher cipher = XMLCipher.getInstance(XMLCipher.AES_256);
            cipher.init(XMLCipher.ENCRYPT_MODE, contentKey);
            EncryptedData data = cipher.getEncryptedData();
            KeyInfo keyInfo = new KeyInfo(document);
            keyInfo.add(encryptedKey);
            data.setKeyInfo(keyInfo);

            Element wrapper = document.createElementNS(Saml.ASSERTION, "saml:EncryptedAssertion");
            assertion.getParentNode().replaceChild(wrapper, assertion);
            wrapper.appendChild(assertion);
            cipher.doFinal(document, assertion, false);
        } catch (Exception e) {
            throw new IllegalStateException("Could not encrypt the forged assertion", e);
        }
    }
}
