"""The typed records of core/schemas.py and the tables docs/ARCHITECTURE.md prints from them stay together."""

from core.records import ACCOUNT_FIELDS, FINDING_FIELDS, POST_FIELDS, REGISTRY_FIELDS, SWEEP_FIELDS
from core.schemas import RECORDS, Account, Finding, Post, RegistryEntry, SweepResult, fields, schema_markdown
from tests.conftest import REPO


def test_architecture_md_prints_the_current_schemas():
    text = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    begin = text.index("<!-- schemas:begin (generated from core/schemas.py) -->\n")
    end = text.index("<!-- schemas:end -->")
    assert text[begin:end].split("\n", 1)[1] == schema_markdown(), \
        "docs/ARCHITECTURE.md is stale: regenerate the tables from core.schemas.schema_markdown()"


def test_the_contract_fields_are_all_defined():
    """The minimum fields of the original design (users' files depend on them) are part of the typed records."""
    for contract, record in ((REGISTRY_FIELDS, RegistryEntry), (ACCOUNT_FIELDS, Account), (POST_FIELDS, Post),
                             (FINDING_FIELDS, Finding), (SWEEP_FIELDS, SweepResult)):
        assert set(contract) <= set(fields(record)), (record.__name__, set(contract) - set(fields(record)))


def test_every_field_is_described():
    for record in RECORDS.values():
        for name, (_, doc) in fields(record).items():
            assert doc.strip(), f"{record.__name__}.{name} has no description"
