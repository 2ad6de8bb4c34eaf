"""Runs a notebook top to bottom in a fresh Python kernel, as CI's check that it works.

Usage: python3 run_notebook.py NOTEBOOK.ipynb
Exits 1 with the failing cell's error when any cell fails. Otherwise prints one JSON object:
how many code cells ran and how many images (charts) they drew.
"""
import json
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main(path):
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=300, kernel_name="python3")
    try:
        client.execute()
    except CellExecutionError as error:
        print(str(error), file=sys.stderr)
        sys.exit(1)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    images = [
        output
        for cell in code
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]
    print(
        json.dumps(
            {
                "codeCells": len(code),
                "ran": sum(1 for cell in code if cell.get("execution_count")),
                "images": len(images),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
