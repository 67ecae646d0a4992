package org.youthjustice.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.node.ObjectNode;

class KustomizeTest {

    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: web
                      image: web
                    - name: side
                      image: other.example.org:5000/side:1.0
            ---
            apiVersion: example.org/v1
            kind: Thing
            metadata:
              name: a
            spec:
              items: [1, 2]
              keep: true
              drop: me
            ---
            apiVersion: example.org/v1
            kind: Thing
            metadata:
              name: b
            spec:
              items: [3]
            """;

    @Test
    void resourcesFromFilesAndDirectoriesAndImages() throws IOException {
        write("base/all.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", """
                resources: [all.yaml]
                images:
                  - name: web
                    newName: registry.example.org/web
                    newTag: "1.2.3"
                  - name: other.example.org:5000/side
                    newTag: "2.0"
                """);
        write("overlay/kustomization.yaml", "resources: [../base]\n");
        List<ObjectNode> out = Kustomize.build(dir.resolve("overlay"));
        assertThat(out).hasSize(3);
        var containers = out.get(0).path("spec").path("template").path("spec").path("containers");
        assertThat(containers.get(0).path("image").asString()).isEqualTo("registry.example.org/web:1.2.3");
        assertThat(containers.get(1).path("image").asString()).isEqualTo("other.example.org:5000/side:2.0");
    }

    @Test
    void strategicMergeByKindAndNameReplacesListsAndDeletesNulls() throws IOException {
        write("base/all.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [all.yaml]\n");
        write("o/p.yaml", """
                apiVersion: example.org/v1
                kind: Thing
                metadata:
                  name: a
                spec:
                  items: [9]
                  drop: null
                  added: {x: 1}
                """);
        write("o/kustomization.yaml", """
                resources: [../base]
                patches:
                  - path: p.yaml
                """);
        List<ObjectNode> out = Kustomize.build(dir.resolve("o"));
        var a = out.get(1).path("spec");
        assertThat(a.path("items").toString()).isEqualTo("[9]");
        assertThat(a.has("drop")).isFalse();
        assertThat(a.path("keep").asBoolean()).isTrue();
        assertThat(a.path("added").path("x").asInt()).isEqualTo(1);
        assertThat(out.get(2).path("spec").path("items").toString()).isEqualTo("[3]");
    }

    @Test
    void jsonPatchOnEveryResourceOfAKind() throws IOException {
        write("base/all.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [all.yaml]\n");
        write("o/kustomization.yaml", """
                resources: [../base]
                patches:
                  - target:
                      kind: Thing
                    patch: |-
                      - op: replace
                        path: /spec/items/0
                        value: 7
                      - op: add
                        path: /spec/items/-
                        value: 8
                      - op: add
                        path: /metadata/labels
                        value: {a~b/c: d}
                  - target:
                      kind: Deployment
                      name: web
                    patch: |-
                      - op: remove
                        path: /spec/replicas
                """);
        List<ObjectNode> out = Kustomize.build(dir.resolve("o"));
        assertThat(out.get(0).path("spec").has("replicas")).isFalse();
        assertThat(out.get(1).path("spec").path("items").toString()).isEqualTo("[7,2,8]");
        assertThat(out.get(2).path("spec").path("items").toString()).isEqualTo("[7,8]");
        assertThat(out.get(2).path("metadata").path("labels").path("a~b/c").asString()).isEqualTo("d");
    }

    @Test
    void refusesWhatItDoesNotImplement() throws IOException {
        write("base/all.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [all.yaml]\nnamespace: x\n");
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("base"))).hasMessageContaining("namespace");

        write("b2/kustomization.yaml", "resources: [../base/all.yaml]\npatches:\n  - path: p.yaml\n");
        write("b2/p.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers: [{name: web, image: x}]
                """);
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("b2"))).hasMessageContaining("built-in kind");

        write("b3/kustomization.yaml", "resources: [../base/all.yaml]\npatches:\n  - target: {kind: Nothing}\n    patch: '[]'\n");
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("b3"))).hasMessageContaining("matches no resource");

        write("b4/kustomization.yaml", """
                resources: [../base/all.yaml]
                patches:
                  - target: {kind: Thing}
                    patch: |-
                      - op: replace
                        path: /spec/missing
                        value: 1
                """);
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("b4"))).hasMessageContaining("does not exist");

        write("b5/kustomization.yaml", "resources: [../base/all.yaml, ../base/all.yaml]\n");
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("b5"))).hasMessageContaining("defined twice");

        // kustomize finds a strategic-merge patch's target by apiVersion, kind, name and namespace: a patch that
        // leaves out the namespace of a namespaced resource, or names another apiVersion, matches nothing
        write("ns/all.yaml", "apiVersion: example.org/v1\nkind: Thing\nmetadata: {name: a, namespace: yj}\n");
        write("ns/p.yaml", "apiVersion: example.org/v1\nkind: Thing\nmetadata: {name: a}\nspec: {x: 1}\n");
        write("ns/kustomization.yaml", "resources: [all.yaml]\npatches:\n  - path: p.yaml\n");
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("ns"))).hasMessageContaining("matches no resource");
        write("ns/p.yaml", "apiVersion: example.org/v2\nkind: Thing\nmetadata: {name: a, namespace: yj}\nspec: {x: 1}\n");
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("ns"))).hasMessageContaining("matches no resource");
        write("ns/p.yaml", "apiVersion: example.org/v1\nkind: Thing\nmetadata: {name: a, namespace: yj}\nspec: {x: 1}\n");
        assertThat(Kustomize.build(dir.resolve("ns")).get(0).path("spec").path("x").asInt()).isEqualTo(1);
    }

    @Test
    void imageNames() {
        assertThat(Kustomize.imageName("a/b:1")).isEqualTo("a/b");
        assertThat(Kustomize.imageName("host:5000/b")).isEqualTo("host:5000/b");
        assertThat(Kustomize.imageName("host:5000/b:2@sha256:00")).isEqualTo("host:5000/b");
    }
}
