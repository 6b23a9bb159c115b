"""The vendors' OpenAPI documents (``../shared/specs``) and request-body validation against them.

One place for both uses: the fake servers answer a bad body 400 as the vendor would
(:meth:`MiroSchemas.errors`, :func:`mural_body_errors`), and tests check bodies directly and
fail loudly (:meth:`MiroSchemas.validate`, :func:`validate_body`, :func:`need_spec`,
:func:`operation`).

* Miro: one document; component schemas are checked with Draft 7, ``$ref`` resolved inside it.
* Mural: a map of operation slug → small OpenAPI document; request bodies are checked with
  Draft 2020-12 *and* for unknown properties, which Mural rejects although its schemas do not
  say ``additionalProperties: false``.

Without the documents nothing is validated quietly: :func:`specs_missing` fails the test under CI
(which always has them) and skips it elsewhere, saying why; a fake asked to validate does the same.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from typing import Any, NoReturn

from .common import SPECS, load_json

MIRO_SPEC = SPECS / "miro-openapi.json"
MURAL_SPEC = SPECS / "mural-openapi.json"


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def specs_missing(what: str) -> NoReturn:
    """``what`` (a vendor's OpenAPI document) is not beside the repository: under CI the test
    fails, elsewhere it is skipped with the reason; outside pytest (a benchmark) it is an error."""
    reason = f"{what} not found in {SPECS}: this test validates against it (put ../shared/specs beside the repo)"
    if "pytest" in sys.modules:
        import pytest

        if on_ci():
            pytest.fail(f"{reason}; CI always has the specs, so their absence is an error", pytrace=False)
        pytest.skip(reason)
    raise RuntimeError(reason)


def require_miro_spec() -> None:
    if not MIRO_SPEC.is_file():
        specs_missing(f"Miro's OpenAPI document {MIRO_SPEC.name}")


def require_mural_spec() -> None:
    if not MURAL_SPEC.is_file():
        specs_missing(f"Mural's OpenAPI documents {MURAL_SPEC.name}")


# -- Miro -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def miro_spec() -> dict[str, Any]:
    return load_json(MIRO_SPEC)


@lru_cache(maxsize=64)
def _miro_validator(name: str) -> Any:
    """A compiled Draft 7 validator for one component schema (refs resolved in the document)."""
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    registry = Registry().with_resource("urn:miro", Resource(contents=miro_spec(), specification=DRAFT7))
    return jsonschema.Draft7Validator({"$ref": f"urn:miro#/components/schemas/{name}"}, registry=registry)


class MiroSchemas:
    """Miro's component schemas. ``validated`` records every schema name checked, so a test can
    see that validation ran (and on what)."""

    # ItemCreate's ``data``/``style`` are ``oneOf`` unions whose members overlap (a sticky note's
    # data also matches TextData), so each bulk item is checked against the schema of the
    # single-item endpoint of its own type, as Miro's server does.
    BULK_SCHEMAS = {
        "sticky_note": "StickyNoteCreateRequest",
        "shape": "ShapeCreateRequest",
        "text": "TextCreateRequest",
    }

    def __init__(self) -> None:
        self.validated: list[str] = []

    @staticmethod
    def available() -> bool:
        return MIRO_SPEC.is_file()

    @property
    def schemas(self) -> dict[str, Any]:
        return miro_spec()["components"]["schemas"]

    def errors(self, name: str, body: Any, prefix: str = "") -> list[dict[str, str]]:
        """Miro-style field errors of ``body`` against schema ``name`` (empty: valid)."""
        self.validated.append(name)
        out = []
        for e in sorted(_miro_validator(name).iter_errors(body), key=lambda e: list(e.absolute_path)):
            where = prefix + ".".join(str(p) for p in e.absolute_path)
            out.append({"field": where or prefix.rstrip(".") or "body", "message": e.message})
        return out

    def validate(self, name: str, body: Any) -> None:
        """For tests: an AssertionError naming the first problem."""
        errors = self.errors(name, body)
        if errors:
            raise AssertionError(f"body does not match {name}: {errors[0]['message']} at {errors[0]['field']}")

    def enum(self, schema: str, prop: str) -> list[str]:
        return self.schemas[schema]["properties"][prop]["enum"]

    def enum_of(self, name: str) -> list[str]:
        return self.schemas[name]["enum"]

    def operation_schema(self, path: str, method: str) -> dict:
        return miro_spec()["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]

    def validate_bulk_item(self, item: dict) -> None:
        """For tests: one item of ``POST /items/bulk``, checked as strictly as Miro does."""
        assert item.get("type") in self.enum_of("ItemTypeChange"), item.get("type")
        rest = {k: v for k, v in item.items() if k != "type"}
        self.validate(self.BULK_SCHEMAS[item["type"]], rest)
        if item["type"] == "shape":
            assert item["data"]["shape"] in self.enum("ShapeData", "shape")
        if item["type"] == "sticky_note":
            geo = item.get("geometry") or {}
            assert not ("width" in geo and "height" in geo), "a sticky note takes a width or a height, not both"
            assert item["style"]["fillColor"] in self.enum("StickyNoteStyle", "fillColor")


def spec_validator() -> MiroSchemas:
    """The Miro schemas (see :func:`specs_missing` when the document is not beside the repository)."""
    require_miro_spec()
    return MiroSchemas()


# -- Mural ------------------------------------------------------------------------------------

# (method, widget endpoint) → operation slug
ENDPOINT_OP = {
    ("POST", "area"): "createarea",
    ("POST", "shape"): "createshapewidget",
    ("POST", "sticky-note"): "createstickynote",
    ("POST", "textbox"): "createtextbox",
    ("POST", "title"): "createtitle",
    ("PATCH", "area"): "updatearea",
    ("PATCH", "shape"): "updateshapewidget",
    ("PATCH", "sticky-note"): "updatestickynote",
    ("PATCH", "textbox"): "updatetextbox",
    ("PATCH", "title"): "updatetitle",
}


@lru_cache(maxsize=1)
def mural_spec() -> dict[str, Any]:
    return load_json(MURAL_SPEC)


def mural_spec_available() -> bool:
    return MURAL_SPEC.is_file()


def need_spec() -> dict[str, Any]:
    """The Mural documents (see :func:`specs_missing` when they are not beside the repository)."""
    require_mural_spec()
    return mural_spec()


def operation(slug: str) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    """(method, path, operation, document) of one operation in the spec."""
    doc = need_spec()[slug]
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            if isinstance(op, dict) and "responses" in op:
                return method.upper(), path, op, doc
    raise KeyError(slug)


def resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _properties(doc: dict[str, Any], schema: Any) -> dict[str, Any] | None:
    """Declared properties through ``$ref``/``allOf`` (None: the schema does not restrict them)."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return None
    props: dict[str, Any] = dict(schema.get("properties") or {})
    found = "properties" in schema
    for sub in schema.get("allOf") or []:
        more = _properties(doc, sub)
        if more is not None:
            found = True
            props.update(more)
    return props if found else None


def unknown_properties(doc: dict[str, Any], schema: Any, value: Any, where: str, *, strict: bool = False) -> list[str]:
    """Mural-style messages for properties ``value`` has and ``schema`` does not declare.

    ``strict``: an object schema that declares no properties at all allows none (the tests'
    check); otherwise such a schema is taken as unrestricted (the fake server's).
    """
    schema = resolve(doc, schema)
    if isinstance(value, list):
        items = (schema or {}).get("items", {}) if isinstance(schema, dict) else {}
        return [
            m for i, v in enumerate(value) for m in unknown_properties(doc, items, v, f"{where}[{i}]", strict=strict)
        ]
    if not isinstance(value, dict):
        return []
    props = _properties(doc, schema)
    if props is None:
        if not strict:
            return []
        props = {}
    out = [f'Invalid "{k}" property type was sent. Type undefined was expected.' for k in value if k not in props]
    for k, v in value.items():
        if k in props and isinstance(v, dict | list):
            out += unknown_properties(doc, props[k], v, f"{where}.{k}", strict=strict)
    return out


@lru_cache(maxsize=64)
def _request_schema(slug: str) -> tuple[dict[str, Any], Any]:
    """(document, compiled validator) of the request body of operation ``slug``."""
    import jsonschema

    doc = mural_spec()[slug]
    for ops in doc["paths"].values():
        for op in ops.values():
            if isinstance(op, dict) and "requestBody" in op:
                schema = dict(resolve(doc, op["requestBody"]["content"]["application/json"]["schema"]))
                schema["components"] = doc["components"]  # so '#/components/...' resolves from here
                return doc, jsonschema.Draft202012Validator(schema)
    raise KeyError(slug)


def mural_body_errors(slug: str, body: Any) -> list[str]:
    """What the fake server finds wrong with ``body`` (empty: valid)."""
    doc, validator = _request_schema(slug)
    msgs = [
        f"{'.'.join(str(p) for p in e.absolute_path) or 'body'}: {e.message}"
        for e in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
    ]
    return msgs + unknown_properties(doc, validator.schema, body, "body")


def validate_body(slug: str, body: Any) -> None:
    """For tests: validate a request body against the operation's schema (a jsonschema
    ValidationError) and for properties the spec does not know (an AssertionError)."""
    need_spec()
    doc, validator = _request_schema(slug)
    validator.validate(body)
    unknown = unknown_properties(doc, validator.schema, body, slug, strict=True)
    assert not unknown, f"{slug}: properties not in the Mural spec: {unknown}"


def validate_response(slug: str, status: int, body: Any) -> None:
    """For tests: an answer of the fake follows the spec too."""
    import jsonschema

    _, _, op, doc = operation(slug)
    resp = resolve(doc, op["responses"][str(status)])
    schema = dict(resolve(doc, resp["content"]["application/json"]["schema"]))
    schema["components"] = doc["components"]
    jsonschema.Draft202012Validator(schema).validate(body)
