"""Command line: `python -m pipeline run [--input PATH] [--output DIR] [--config FILE] [--limit N]`.

This is the only place that decides exit codes: 0 success, 2 bad usage or settings,
3 no model installed, 1 anything unexpected.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline import _compiled, dictionary, io, report, terminal
from pipeline.article_view import article_view, article_views
from pipeline.config import ConfigError, load_config
from pipeline.execute import DaskExecutor, DaskMissingError, Executor
from pipeline.nlp import ModelNotFoundError
from pipeline.runner import RunSummary, run
from pipeline.schema import TABLES

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="newsclaims: turn news articles into Parquet tables of mentions, entities and claims.",
)
console = Console(stderr=True)


def _error(message: object, code: int) -> typer.Exit:
    """Print an error to stderr (as plain text: a path or a config section may hold "[…]", which
    rich would read as markup) and give the exit to raise with `code`."""
    console.print(f"[red]error:[/red] {escape(str(message))}")
    return typer.Exit(code)

# Below this many input items a progress bar is more noise than help.
_PROGRESS_MIN_ITEMS = 20


class ExecutorChoice(StrEnum):
    """Where articles are annotated."""

    local = "local"
    dask = "dask"


@app.callback()
def _main() -> None:
    """newsclaims: who is mentioned, who said what, and where, as Parquet tables."""


@app.command("run")
def run_command(
    input_path: Annotated[Path, typer.Option("--input", "-i", help="Folder of .txt/.html/.json/.jsonl/.csv(.gz), file or glob.")] = Path("data/raw"),
    output_dir: Annotated[Path, typer.Option("--output", "-o", help="Folder the Parquet tables are written to.")] = Path("data/processed"),
    config_path: Annotated[Path | None, typer.Option("--config", "-c", help="TOML file laid over configs/default.toml.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Read only the first N input items.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Re-annotate every article instead of reusing cached results.")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=0, help="Annotating processes (0: one per core); overrides \\[runtime] workers.")] = None,  # ("\\[": not rich markup)
    executor: Annotated[ExecutorChoice, typer.Option("--executor", help="local: this machine's cores; dask: a Dask cluster.")] = ExecutorChoice.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address (default: start a LocalCluster).")] = None,
) -> None:
    """Read articles, extract mentions, entities and claims, write Parquet tables.

    A JSONL input has one article per line with `id`/`doc_id` and `text`, and optionally `title`,
    `publisher`/`outlet`, `publication_date`/`date` and `url`. Items that cannot be used are
    listed in the `rejects` table with the reason.
    """
    try:
        config = load_config(config_path)
        if workers is not None:
            config = dataclasses.replace(config, runtime=dataclasses.replace(config.runtime, workers=workers))
        if quiet:  # no bar to size: only check that the input exists
            io.list_input_files(input_path, config.input.extensions)
            total = 0
        else:
            total = min(io.count_records(input_path, config.input.extensions, config.csv), limit or sys.maxsize)
    except (ConfigError, io.InputError) as exc:
        raise _error(exc, 2) from exc
    if scheduler and executor is not ExecutorChoice.dask:
        raise _error("--scheduler needs --executor dask", 2)
    chosen: Executor | None = None
    if executor is ExecutorChoice.dask:
        chosen = DaskExecutor(scheduler, config.runtime.workers or os.cpu_count() or 1)
    show_progress = not quiet and total >= _PROGRESS_MIN_ITEMS
    try:
        with Progress(TextColumn("annotating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console, disable=not show_progress, transient=True,
                      auto_refresh=False) as bar:  # no refresh thread: workers may be forked from this process
            task = bar.add_task("articles", total=total)
            summary = run(input_path, output_dir, config, limit=limit, force=force, executor=chosen,
                          progress=lambda done: bar.update(task, completed=done, refresh=True))
    except ModelNotFoundError as exc:
        raise _error(exc, 3) from exc
    except (ConfigError, DaskMissingError, io.OutputBusyError) as exc:  # (ConfigError: the aliases file named by the config)
        raise _error(exc, 2) from exc
    if not quiet:
        _print_summary(summary, output_dir)


def _print_summary(summary: RunSummary, output_dir: Path) -> None:
    out = Console()
    out.print(  # (no markup: a path may hold "[…]")
        f"read {summary.n_records} items: {summary.n_articles} articles, {summary.n_rejected} rejected"
        f" ({'every item accounted for' if summary.n_unaccounted == 0 else f'{summary.n_unaccounted} items unaccounted for'})\n"
        f"annotated {summary.n_articles - summary.n_reused}, reused {summary.n_reused} from the cache\n"
        f"extracted {summary.n_mentions} mentions of {summary.n_entities} entities, {summary.n_claims} claims\n"
        f"model {summary.model}{', extraction compiled (make compile)' if _compiled.in_use() else ''}, {summary.seconds:.1f} s\n"
        f"tables in {output_dir}/: {', '.join(sorted(p.name for p in summary.tables.values()))}", markup=False
    )


@app.command("dictionary")
def dictionary_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Markdown file to write.")] = Path("DATA_DICTIONARY.md"),
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 if the file differs from the schemas.")] = False,
) -> None:
    """Write the data dictionary (every table and column, types, examples, joins) from pipeline/schema.py."""
    text = dictionary.render()
    if check:
        if io.read_text_file(output) != text:
            console.print(f"[red]{escape(str(output))} is out of date:[/red] run `python -m pipeline dictionary`")
            raise typer.Exit(1)
        return
    io.write_text_file(output, text)
    Console().print(f"wrote {output}", markup=False)


@app.command("report")
def report_command(
    tables_dir: Annotated[Path, typer.Option("--input", "-i", help="Folder of a run's Parquet tables.")] = Path("data/processed"),
    output_dir: Annotated[Path, typer.Option("--output", "-o", help="Folder the HTML report is written to.")] = Path("data/report"),
) -> None:
    """Write a self-contained HTML report of a run: counts, rejects, speakers, entities, one page per article."""
    try:
        tables = io.read_tables(tables_dir, TABLES)
    except io.InputError as exc:
        raise _error(exc, 2) from exc
    pages = report.build_report(tables)
    io.write_pages(pages, output_dir)
    Console().print(f"wrote {len(pages)} pages; open {output_dir / report.INDEX_PAGE}", markup=False)


@app.command("inspect")
def inspect_command(
    article: Annotated[str, typer.Argument(help="Article id (or a unique prefix), its source path or id, or any article file.")],
    tables_dir: Annotated[Path, typer.Option("--tables", "-t", help="Folder of a run's Parquet tables.")] = Path("data/processed"),
    config_path: Annotated[Path | None, typer.Option("--config", "-c", help="Settings for a file that is not in the tables.")] = None,
) -> None:
    """Show one article in the terminal: its text with each claim highlighted, and a table of its claims.

    The article is looked up in the tables; a file that is not there is run through the pipeline first.
    """
    view = article_view(io.read_tables(tables_dir, TABLES), article) if any(tables_dir.glob("*.parquet")) else None
    if view is None and Path(article).is_file():
        try:
            config = load_config(config_path)
            with io.temporary_folder() as scratch:
                run(Path(article), scratch, config)
                tables = io.read_tables(scratch, TABLES)
        except ConfigError as exc:
            raise _error(exc, 2) from exc
        except ModelNotFoundError as exc:
            raise _error(exc, 3) from exc
        fresh = article_views(tables)
        if not fresh:
            reasons = "; ".join(f"{r['reason']}: {r['detail']}" for r in tables["rejects"].to_pylist())
            raise _error(f"{article} was rejected ({reasons})", 2)
        view = fresh[0]
    if view is None:
        raise _error(f"no article {article!r} in {tables_dir}/ and no such file", 2)
    out = Console()
    out.print(terminal.article_renderable(view, out.width))


def main() -> None:
    """Entry point for `python -m pipeline` and the `newsclaims` script."""
    app()


if __name__ == "__main__":
    main()
