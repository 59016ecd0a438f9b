package de.regionet.infra.personal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import de.regionet.infra.mongo.TestMongo;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The vault seals with each subject's own key, finds people by a blind index of their address and users by a
 * pseudonym, and after an erasure opens nothing of that subject, while every other subject stays readable. Each
 * test works in a database of its own on an embedded server (in memory) or the tests' MongoDB (TestMongo).
 */
class MongoPersonalDataVaultTest {

    private static TestMongo.Server server;
    private static MongoClient client;

    private MongoDatabase database;
    private MongoPersonalDataVault vault;

    @BeforeAll
    static void startServer() {
        server = TestMongo.server("vault");
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void newDatabase() {
        database = client.getDatabase(TestMongo.freshDatabase("vault"));
        vault = new MongoPersonalDataVault(database, Duration.ofSeconds(10));
    }

    @Test
    void sealed_text_opens_again_and_is_stored_nowhere_in_plain_text() {
        var subject = vault.newSubject("Anna.Schulz@example.org");
        var sealed = vault.seal(subject, "Anna Schulz, 0391 567-1234");

        assertThat(sealed.ciphertext()).doesNotContain("Anna", "0391");
        assertThat(sealed.toString()).doesNotContain(sealed.ciphertext());
        assertThat(vault.open(sealed)).contains("Anna Schulz, 0391 567-1234");
        database.listCollectionNames().forEach(name -> database.getCollection(name).find()
                .forEach(document -> assertThat(document.toJson()).doesNotContainIgnoringCase("anna.schulz").doesNotContain("Anna Schulz", "567-1234")));
    }

    @Test
    void the_same_text_sealed_twice_gives_different_ciphertexts() {
        var subject = vault.newSubject(null);

        assertThat(vault.seal(subject, "Anna").ciphertext()).isNotEqualTo(vault.seal(subject, "Anna").ciphertext());
    }

    @Test
    void an_address_finds_every_record_of_its_person_whatever_its_case_and_spaces() {
        var contact = vault.newSubject("anna.schulz@example.org");
        var registration = vault.newSubject(" Anna.Schulz@EXAMPLE.org ");
        vault.newSubject(null);

        assertThat(vault.subjectsByEmail("ANNA.SCHULZ@example.org")).containsExactlyInAnyOrder(contact, registration);
        assertThat(vault.subjectsByEmail("someone.else@example.org")).isEmpty();
    }

    @Test
    void a_ciphertext_moved_to_another_subject_does_not_open() {
        var anna = vault.newSubject(null);
        var bernd = vault.newSubject(null);
        var sealed = vault.seal(anna, "Anna");

        assertThat(vault.open(new Sealed(bernd, sealed.ciphertext()))).isEmpty();
        assertThat(vault.open(new Sealed(anna, "not-a-ciphertext"))).isEmpty();
    }

    @Test
    void erasure_destroys_one_subjects_key_and_leaves_the_others_readable() {
        var anna = vault.newSubject("anna@example.org");
        var annasRegistration = vault.newSubject("anna@example.org");
        var bernd = vault.newSubject("bernd@example.org");
        var annasName = vault.seal(anna, "Anna Schulz");
        var berndsName = vault.seal(bernd, "Bernd Meier");

        assertThat(vault.erase(anna)).isTrue();

        assertThat(vault.open(annasName)).isEmpty();
        assertThat(vault.isErased(anna)).isTrue();
        assertThat(vault.subjectsByEmail("anna@example.org")).containsExactly(annasRegistration);
        assertThat(vault.open(berndsName)).contains("Bernd Meier");
        assertThat(vault.erase(anna)).isFalse();
        assertThat(new MongoPersonalDataVault(database, Duration.ofSeconds(10)).open(annasName))
                .as("another node, reading the keys afresh").isEmpty();
        assertThatThrownBy(() -> vault.seal(anna, "Anna again")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_user_has_one_pseudonym_on_every_node_and_its_name_is_sealed_under_it() {
        var office = vault.userSubject("office");
        var otherNode = new MongoPersonalDataVault(database, Duration.ofSeconds(10));

        assertThat(office.isUser()).isTrue();
        assertThat(office.value()).doesNotContain("office");
        assertThat(otherNode.userSubject("office")).isEqualTo(office);
        assertThat(vault.userSubject("auditor")).isNotEqualTo(office);
        assertThat(vault.userName(office)).contains("office");
        var stored = database.getCollection(MongoPersonalDataVault.KEYS).find(new Document("_id", office.value()))
                .first();
        assertThat(stored.toJson()).doesNotContain("\"office\"");

        vault.erase(office);

        assertThat(vault.userName(office)).isEmpty();
        assertThat(vault.userSubject("office")).as("the pseudonym stays, the name is gone").isEqualTo(office);
        assertThat(vault.userName(office)).isEmpty();
    }

    @Test
    void pseudonyms_differ_between_vaults_with_different_secrets() {
        var elsewhere = new MongoPersonalDataVault(client.getDatabase(TestMongo.freshDatabase("vault")),
                Duration.ofSeconds(10));

        assertThat(elsewhere.userSubject("office")).isNotEqualTo(vault.userSubject("office"));
        assertThat(SubjectId.user("abcdefgh12345678").isUser()).isTrue();
    }
}
