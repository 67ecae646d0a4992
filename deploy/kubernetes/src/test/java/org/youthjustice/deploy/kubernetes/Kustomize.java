package org.youthjustice.deploy.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The subset of kustomize (kubectl apply -k) that deploy/kubernetes uses, so that the overlays can be rendered and
 * validated with only the JDK and Maven. Anything outside the subset fails loudly rather than rendering differently
 * from kustomize:
 * <ul>
 * <li>{@code resources}: files (one or more YAML documents) and directories holding a kustomization.yaml;</li>
 * <li>{@code patches} with {@code path}: strategic-merge patches, each document naming its target by apiVersion,
 * kind, metadata.name and metadata.namespace, all of which must match as kustomize requires (a patch without a
 * namespace does not find a resource that has one);</li>
 * <li>{@code patches} with an inline {@code patch} and a {@code target} (kind, optional name): a JSON 6902 patch
 * (operations add, replace, remove) or a strategic-merge patch, applied to every matching resource;</li>
 * <li>{@code images}: name, newName, newTag on the containers and init containers of pod templates.</li>
 * </ul>
 * A strategic-merge patch merges maps, deletes a key given null, and replaces lists, which is what kustomize does
 * for custom resources (it knows no merge keys for them). For built-in kinds kustomize merges some lists by key
 * (containers by name, ...): a list in a strategic-merge patch of a built-in kind is refused here.
 */
final class Kustomize {

    static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "images");
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "policy", "autoscaling", "batch",
            "networking.k8s.io", "rbac.authorization.k8s.io");

    private Kustomize() {
    }

    static List<ObjectNode> build(Path dir) {
        JsonNode k = readAll(dir.resolve("kustomization.yaml")).get(0);
        for (String field : k.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(dir + ": kustomization field not supported here: " + field);
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asString()).normalize();
            out.addAll(Files.isDirectory(p) ? build(p) : readAll(p));
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, out);
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode resource : out) {
                setImage(resource, image);
            }
        }
        Set<String> ids = new HashSet<>();
        for (ObjectNode r : out) {
            if (!ids.add(id(r))) {
                throw new IllegalStateException(dir + ": resource defined twice: " + id(r));
            }
        }
        return out;
    }

    static List<ObjectNode> readAll(Path file) {
        {
            List<ObjectNode> docs = new ArrayList<>();
            List<JsonNode> read = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll();
            for (JsonNode doc : read) {
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                if (!doc.isObject()) {
                    throw new IllegalArgumentException(file + ": a document that is not a mapping");
                }
                docs.add((ObjectNode) doc);
            }
            return docs;
        }
    }

    static String id(JsonNode r) {
        return r.path("kind").asString() + "/" + r.path("metadata").path("namespace").asString("") + "/"
                + r.path("metadata").path("name").asString();
    }

    private static void applyPatch(Path dir, JsonNode patch, List<ObjectNode> resources) {
        JsonNode target = patch.get("target");
        if (target != null) {
            for (String f : target.propertyNames()) {
                if (!f.equals("kind") && !f.equals("name")) {
                    throw new IllegalArgumentException(dir + ": patch target field not supported here: " + f);
                }
            }
        }
        if (patch.has("path")) {
            for (ObjectNode doc : readAll(dir.resolve(patch.get("path").asString()))) {
                List<ObjectNode> matches = target != null ? matching(resources, target) : sameResource(resources, doc);
                if (matches.isEmpty()) {
                    throw new IllegalArgumentException(dir + ": patch matches no resource: " + id(doc));
                }
                matches.forEach(m -> merge(m, doc, builtIn(m)));
            }
        } else if (patch.has("patch")) {
            if (target == null) {
                throw new IllegalArgumentException(dir + ": an inline patch needs a target");
            }
            List<ObjectNode> matches = matching(resources, target);
            if (matches.isEmpty()) {
                throw new IllegalArgumentException(dir + ": patch target matches no resource: " + target);
            }
            JsonNode body = YAML.readTree(patch.get("patch").asString());
            for (ObjectNode m : matches) {
                if (body.isArray()) {
                    for (JsonNode op : body) {
                        jsonPatch(m, op);
                    }
                } else {
                    merge(m, (ObjectNode) body, builtIn(m));
                }
            }
        } else {
            throw new IllegalArgumentException(dir + ": a patch needs path or patch");
        }
    }

    private static List<ObjectNode> matching(List<ObjectNode> resources, JsonNode target) {
        return matching(resources, target.path("kind").asString(null), target.path("name").asString(null));
    }

    /** What kustomize's strategic-merge patch finds: the same apiVersion, kind, name and namespace ("default" = none). */
    private static List<ObjectNode> sameResource(List<ObjectNode> resources, ObjectNode patch) {
        return matching(resources, patch.path("kind").asString(), patch.path("metadata").path("name").asString()).stream()
                .filter(r -> r.path("apiVersion").asString().equals(patch.path("apiVersion").asString()))
                .filter(r -> namespace(r).equals(namespace(patch)))
                .toList();
    }

    private static String namespace(JsonNode r) {
        String ns = r.path("metadata").path("namespace").asString("");
        return ns.equals("default") ? "" : ns;
    }

    private static List<ObjectNode> matching(List<ObjectNode> resources, String kind, String name) {
        return resources.stream()
                .filter(r -> kind == null || kind.equals(r.path("kind").asString()))
                .filter(r -> name == null || name.equals(r.path("metadata").path("name").asString()))
                .toList();
    }

    static boolean builtIn(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asString();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return BUILT_IN_GROUPS.contains(group);
    }

    /** Strategic merge as kustomize does it for custom resources: maps merge, null deletes, lists replace. */
    static void merge(ObjectNode target, ObjectNode patch, boolean builtIn) {
        for (var e : patch.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            JsonNode existing = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, builtIn);
            } else if (value.isArray() && builtIn) {
                throw new UnsupportedOperationException("a list in a strategic-merge patch of a built-in kind ("
                        + key + "): kustomize would merge it by key; use a JSON 6902 patch");
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    /** One JSON 6902 operation: add, replace or remove. */
    static void jsonPatch(ObjectNode resource, JsonNode op) {
        String kind = op.path("op").asString();
        List<String> path = pointer(op.path("path").asString());
        JsonNode parent = resource;
        for (String token : path.subList(0, path.size() - 1)) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(token)) : parent.get(token);
            if (parent == null) {
                throw new IllegalArgumentException("JSON patch path does not exist: " + op.path("path").asString());
            }
        }
        String last = path.get(path.size() - 1);
        JsonNode value = op.get("value");
        switch (kind) {
            case "add" -> {
                if (parent instanceof ArrayNode array) {
                    if (last.equals("-")) {
                        array.add(value.deepCopy());
                    } else {
                        array.insert(Integer.parseInt(last), value.deepCopy());
                    }
                } else {
                    ((ObjectNode) parent).set(last, value.deepCopy());
                }
            }
            case "replace", "remove" -> {
                // kustomize (v5.5.0) makes a replace of a missing path an add; refused here, so that no patch adds a
                // field unseen (a replace of /spec/replicas would put it back beside the autoscalers)
                boolean exists = parent instanceof ArrayNode a ? Integer.parseInt(last) < a.size() : parent.has(last);
                if (!exists) {
                    throw new IllegalArgumentException(kind + " of a path that does not exist: " + op.path("path").asString());
                }
                if (parent instanceof ArrayNode array) {
                    if (kind.equals("remove")) {
                        array.remove(Integer.parseInt(last));
                    } else {
                        array.set(Integer.parseInt(last), value.deepCopy());
                    }
                } else if (kind.equals("remove")) {
                    ((ObjectNode) parent).remove(last);
                } else {
                    ((ObjectNode) parent).set(last, value.deepCopy());
                }
            }
            default -> throw new UnsupportedOperationException("JSON patch operation not supported here: " + kind);
        }
    }

    private static List<String> pointer(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String t : path.substring(1).split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static void setImage(ObjectNode resource, JsonNode image) {
        JsonNode podSpec = resource.path("spec").path("template").path("spec");
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode c : podSpec.path(list)) {
                String current = c.path("image").asString();
                if (imageName(current).equals(image.path("name").asString())) {
                    String name = image.has("newName") ? image.get("newName").asString() : imageName(current);
                    String tag = image.has("newTag") ? ":" + image.get("newTag").asString() : tagOf(current);
                    ((ObjectNode) c).put("image", name + tag);
                }
            }
        }
    }

    /** The image reference without its tag or digest. */
    static String imageName(String image) {
        String s = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = s.lastIndexOf(':');
        return colon > s.lastIndexOf('/') ? s.substring(0, colon) : s;
    }

    private static String tagOf(String image) {
        return image.substring(imageName(image).length());
    }
}
