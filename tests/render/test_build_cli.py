"""``generate.py build`` as a user runs it: options, config, notes, templates, failures."""

from __future__ import annotations

from render_helpers import EPOCH, ROOT, SAMPLE, H, build, parse, text_of, with_class


def test_demo_build_writes_all_three_and_a_summary(tmp_path):
    out = tmp_path / "out"
    p = build(out)
    assert p.returncode == 0, p.stderr
    for name in ("timeline.html", "briefing.pdf", "briefing.md", "assets/timeline.css",
                 "assets/filters.js", "assets/NotoSansArabic.ttf", "timeline.json", "events.csv", "timelinejs.json"):
        assert (out / name).is_file(), name
    [summary] = p.stdout.splitlines()
    assert summary.startswith("built 5 articles, ") and " days -> " in summary and "briefing.pdf" in summary
    assert not list(out.rglob("*.tmp")), "no temporary files left behind"


def test_config_file_and_command_line_precedence(tmp_path):
    (tmp_path / "notes.md").write_text("**تنبيه**: الأرقام أولية.\n\n<script>alert(1)</script>\n"
                                       '<a href="javascript:alert(2)" onclick="x()">رابط</a>', encoding="utf-8")
    (tmp_path / "build.toml").write_text(
        'title = "عنوان من الملف"\norder = "newest"\nnotes = "notes.md"\nformats = ["html"]\n'
        'from = 2016-12-01\n', encoding="utf-8")
    out = tmp_path / "out"
    p = build(out, "--config", str(tmp_path / "build.toml"), "--title", "عنوان من السطر")
    assert p.returncode == 0, p.stderr
    root = parse(out / "timeline.html")
    assert text_of(root.find(f".//{H}h1")) == "عنوان من السطر"          # the option wins
    ids = [s.get("id") for s in with_class(root, "section", "day")]
    assert ids[0] == "2016-12-13" and "2016-10-06" not in ids             # order and period from the file
    assert not (out / "briefing.pdf").exists()
    [notes] = with_class(root, "section", "notes")
    assert notes.find(f".//{H}strong") is not None and "الأرقام أولية" in text_of(notes)
    html = (out / "timeline.html").read_text(encoding="utf-8")
    assert "alert" not in html and "onclick" not in html and "javascript:" not in html


def test_bad_config_fails_in_one_line_and_writes_nothing(tmp_path):
    cfg = tmp_path / "build.toml"
    cfg.write_text('titel = "x"\n', encoding="utf-8")
    out = tmp_path / "out"
    p = build(out, "--config", str(cfg))
    assert p.returncode == 1
    assert p.stderr.count("\n") == 1 and "build.toml" in p.stderr and "unknown setting 'titel'" in p.stderr
    assert not out.exists()


def test_bad_inputs_each_fail_cleanly(tmp_path):
    out = tmp_path / "out"
    cases = [
        (("--notes", str(tmp_path / "missing.md")), "missing.md"),
        (("--templates", str(tmp_path / "nowhere")), "nowhere"),
        (("--from", "2016-12-10", "--to", "2016-12-01"), "after it ends"),
        (("--from", "10/12/2016"), "not a date"),
        ((str(tmp_path / "none.jsonl"),), "none.jsonl"),
    ]
    for args, needle in cases:
        p = build(out, *args)
        assert p.returncode == 1, (args, p.stderr)
        assert needle in p.stderr and p.stderr.count("\n") == 1, (args, p.stderr)
        assert not out.exists(), args


def test_broken_user_template_keeps_previous_output(tmp_path):
    out = tmp_path / "out"
    assert build(out, "--formats", "html,md").returncode == 0
    def outputs():      # what a reader sees (the extraction cache in .cache is not an output)
        return {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts}

    before = outputs()
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "briefing.md").write_text("# {{ b.title }\n", encoding="utf-8")   # syntax error
    p = build(out, "--templates", str(templates), "--title", "جديد", "--formats", "html,md")
    assert p.returncode == 1
    assert "briefing.md:1" in p.stderr and "template error" in p.stderr
    assert outputs() == before


def test_user_templates_override_without_forking(tmp_path):
    templates = tmp_path / "tpl"
    (templates / "assets").mkdir(parents=True)
    (templates / "timeline.html").write_text(
        '{% extends "default/timeline.html" %}\n'
        '{% block footer %}<p class="newsroom">غرفة أخبارنا</p>{{ super() }}{% endblock %}\n', encoding="utf-8")
    (templates / "assets" / "timeline.css").write_text("body { color: #000; }\n", encoding="utf-8")
    out = tmp_path / "out"
    p = build(out, "--templates", str(templates), "--formats", "html")
    assert p.returncode == 0, p.stderr
    root = parse(out / "timeline.html")
    assert with_class(root, "p", "newsroom")
    assert with_class(root, "section", "day"), "the rest of the default template is still there"
    assert (out / "assets" / "timeline.css").read_text(encoding="utf-8") == "body { color: #000; }\n"
    assert (out / "assets" / "filters.js").read_bytes() == (ROOT / "templates/assets/filters.js").read_bytes()


def test_month_names_option(tmp_path):
    out = tmp_path / "out"
    assert build(out, "--month-names", "levantine", "--formats", "md").returncode == 0
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert "### الخميس 8 كانون الأول 2016" in md


def _spy_build(tmp_path, monkeypatch, *argv: str) -> dict:
    """``generate.py build`` in this process, with what reaches the renderer recorded."""
    import argparse

    import timeline.commands.build as command

    seen: dict = {}
    real = command.render

    def spy(source, options, formats, *args, **kwargs):
        seen.update(options=options, formats=formats, pdf_variant=kwargs.get("pdf_variant"))
        return real(source, options, formats, *args, **kwargs)

    monkeypatch.setattr(command, "render", spy)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    assert command.run(parser.parse_args(["-q", "-o", str(tmp_path / "out"), *argv])) == 0
    return seen


def test_place_key_developments_and_pdf_variant_reach_the_renderer(tmp_path, monkeypatch):
    # sources named: the defaults, not the bundled sample's settings
    seen = _spy_build(tmp_path, monkeypatch, str(SAMPLE), "--formats", "md")
    assert seen["options"].key_developments == 5 and seen["options"].place is None
    assert seen["pdf_variant"] == "none"
    seen = _spy_build(tmp_path, monkeypatch, str(SAMPLE), "--formats", "md", "--place", "إدلب",
                      "--key-developments", "3", "--pdf-variant", "pdf/ua-1")
    assert (seen["options"].place, seen["options"].key_developments, seen["pdf_variant"]) == ("إدلب", 3, "pdf/ua-1")


def test_place_key_developments_and_pdf_variant_in_the_config(tmp_path, monkeypatch):
    cfg = tmp_path / "build.toml"
    cfg.write_text(f'sources = ["{SAMPLE}"]\nformats = ["md"]\nplace = "إدلب"\nkey_developments = 7\n'
                   'pdf_variant = "pdf/a-3u"\n', encoding="utf-8")
    seen = _spy_build(tmp_path, monkeypatch, "--config", str(cfg))
    assert (seen["options"].place, seen["options"].key_developments, seen["pdf_variant"]) == ("إدلب", 7, "pdf/a-3u")
    seen = _spy_build(tmp_path, monkeypatch, "--config", str(cfg), "--place", "حلب", "--pdf-variant", "none")
    assert (seen["options"].place, seen["pdf_variant"]) == ("حلب", "none")        # the options win


def test_bad_pdf_variant_place_or_count_is_refused(tmp_path):
    out = tmp_path / "out"
    for setting, needle in (('pdf_variant = "pdf/x-4"', "pdf_variant must be one of"),
                            ('place = " "', "place is empty"), ("key_developments = -2", "0 or more")):
        cfg = tmp_path / "build.toml"
        cfg.write_text(setting + "\n", encoding="utf-8")
        p = build(out, "--config", str(cfg))
        assert p.returncode == 1 and needle in p.stderr and p.stderr.count("\n") == 1, (setting, p.stderr)
    for args in (("--pdf-variant", "pdf/x-4"), ("--key-developments", "-1"), ("--key-developments", "x")):
        p = build(out, *args)
        assert p.returncode == 2, (args, p.stderr)
    assert not out.exists()
