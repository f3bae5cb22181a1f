package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests the build generates ({@code quarkus-kubernetes}, at package time, from
 * {@code application.properties} and {@code src/main/kubernetes/kubernetes.yml}): two instances,
 * one of them kept up through a voluntary disruption, credentials taken from a Secret, never
 * written in a manifest, a service that runs as no root and writes nowhere but {@code /tmp}, and a
 * migration Job that runs. An integration test because the manifests exist only once the service
 * is packaged.
 */
class TheKubernetesManifestsKeepTwoInstancesUpOnCredentialsFromASecretIT {

    private static final Path MANIFESTS = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final String CREDENTIALS = "partner-commerce-credentials";
    private static final Pattern CREDENTIAL_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN).*");

    private static List<JsonNode> resources;

    @BeforeAll
    static void readTheGeneratedManifests() throws IOException {
        assertThat(MANIFESTS).as("the manifests quarkus-kubernetes writes when the service is packaged").exists();
        resources = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(MANIFESTS.toFile())) {
            while (documents.hasNext()) {
                JsonNode resource = documents.next();
                if (resource != null && resource.isObject()) {
                    resources.add(resource);
                }
            }
        }
    }

    @Test
    void theServiceRunsAsTwoInstancesAndADisruptionMayTakeOnlyOneOfThem() {
        JsonNode deployment = the("Deployment", "partner-commerce");
        JsonNode budget = the("PodDisruptionBudget", "partner-commerce");
        int replicas = deployment.path("spec").path("replicas").asInt();

        assertThat(replicas).isEqualTo(2);
        assertThat(budget.path("spec").path("minAvailable").asInt()).isEqualTo(1);
        JsonNode selector = budget.path("spec").path("selector").path("matchLabels");
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        assertThat(selector.properties()).as("the budget selects pods by label").isNotEmpty();
        selector.properties().forEach(label -> assertThat(podLabels.path(label.getKey()).asText())
                .as("the service's pods carry the label %s the budget selects by", label.getKey())
                .isEqualTo(label.getValue().asText()));
    }

    @Test
    void theServiceAndItsMigrationTakeTheirCredentialsFromTheSecretAndTheManifestsHoldNone() {
        List<JsonNode> containers = new ArrayList<>();
        the("Deployment", "partner-commerce").path("spec").path("template").path("spec").path("containers").forEach(containers::add);
        the("Job", "partner-commerce-flyway-init").path("spec").path("template").path("spec").path("containers").forEach(containers::add);

        assertThat(containers).hasSize(2);
        for (JsonNode container : containers) {
            List<String> secrets = new ArrayList<>();
            container.path("envFrom").forEach(source -> secrets.add(source.path("secretRef").path("name").asText(null)));
            assertThat(secrets).as("the secrets %s reads its environment from", container.path("name").asText())
                    .contains(CREDENTIALS);
            container.path("env").forEach(variable -> assertThat(CREDENTIAL_NAME.matcher(variable.path("name").asText()).matches()
                    && variable.has("value"))
                    .as("%s is given %s in the manifest", container.path("name").asText(), variable.path("name").asText())
                    .isFalse());
        }
    }

    @Test
    void theServiceRunsAsNonRootOnAReadOnlyFilesystemButTmpWithNoPrivilege() {
        JsonNode pod = the("Deployment", "partner-commerce").path("spec").path("template").path("spec");
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as("the pod refuses root").isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).as("the image's user").isEqualTo(1001);
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        assertThat(containers).hasSize(2);
        for (JsonNode container : containers) {
            JsonNode restricted = container.path("securityContext");
            assertThat(restricted.path("allowPrivilegeEscalation").asBoolean(true)).as(container.path("name").asText()).isFalse();
            assertThat(restricted.path("capabilities").path("drop").toString()).as(container.path("name").asText()).contains("\"ALL\"");
            assertThat(restricted.path("seccompProfile").path("type").asText()).as(container.path("name").asText()).isEqualTo("RuntimeDefault");
        }
        JsonNode service = pod.path("containers").get(0);
        assertThat(service.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        List<String> writable = new ArrayList<>();
        service.path("volumeMounts").forEach(mount -> writable.add(mount.path("mountPath").asText()));
        assertThat(writable).as("where the service may write").containsExactly("/tmp");
        pod.path("volumes").forEach(volume -> assertThat(volume.has("emptyDir")).as("the volume %s", volume).isTrue());
    }

    /** What the generated migration Job needs to run at all, which a Job of our own in src/main/kubernetes would take away. */
    @Test
    void theMigrationJobRunsTheServicesImageOnceToCompletion() {
        JsonNode job = the("Job", "partner-commerce-flyway-init").path("spec").path("template").path("spec");
        JsonNode service = the("Deployment", "partner-commerce").path("spec").path("template").path("spec").path("containers").get(0);

        assertThat(job.path("containers").get(0).path("image").asText()).isNotBlank().isEqualTo(service.path("image").asText());
        assertThat(job.path("restartPolicy").asText()).isIn("OnFailure", "Never");
    }

    private static JsonNode the(String kind, String name) {
        return resources.stream()
                .filter(resource -> resource.path("kind").asText().equals(kind)
                        && resource.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + MANIFESTS));
    }
}
