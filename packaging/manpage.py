#!/usr/bin/env python3
"""Writes a man page (roff) from a Quorum binary's own --help texts, so the page cannot drift
from the program. quorum-cli's page includes every command's --help.

usage: manpage.py BINARY NAME OUT [--date YYYY-MM-DD] [--version V]
"""
import os
import re
import subprocess
import sys


def run_help(binary, *args):
    # A fixed home, so the page shows "~/.local/share/…" instead of the build machine's paths;
    # no display: help needs none.
    env = dict(os.environ, HOME="/nonexistent-home", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("XDG_DATA_HOME", None)
    out = subprocess.run([binary, *args, "--help"], env=env, capture_output=True, text=True, check=True).stdout
    return out.replace("/nonexistent-home", "~")


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.splitlines():
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def section(title, body):
    return f".SH {title}\n{body}\n"


def usage_body(text, name, command=""):
    """A --help text without its "Usage:" line, as preformatted text (its columns kept)."""
    lines = text.splitlines()
    usage = ""
    if lines and lines[0].startswith("Usage:"):
        usage = re.sub(r"^Usage: \S+", f"{name}{(' ' + command) if command else ''}", lines[0])
        lines = lines[1:]
    return usage, "\n".join(lines).strip("\n")


def main():
    args = sys.argv[1:]
    binary, name, out = args[0], args[1], args[2]
    version = args[args.index("--version") + 1] if "--version" in args else ""
    date = args[args.index("--date") + 1] if "--date" in args else ""
    top = run_help(binary)
    page = [f'.TH {name.upper()} 1 "{date}" "Quorum {version}" "User Commands"']
    if name == "quorum-cli":
        page.append(section("NAME", "quorum\\-cli \\- evaluate large language models from the command line"))
        page.append(section("SYNOPSIS", "\\fBquorum\\-cli\\fR \\fICOMMAND\\fR [\\fIoptions\\fR]"))
        commands = re.findall(r"^  ([a-z]+) ", top, flags=re.M)
        page.append(section("DESCRIPTION", ".nf\n" + roff(top.strip("\n")) + "\n.fi"))
        body = []
        for command in dict.fromkeys(commands):
            try:
                usage, text = usage_body(run_help(binary, command), name, command)
            except subprocess.CalledProcessError:
                continue  # not in this build (report needs the GUI libraries)
            body.append(f".SS {roff(command)}\n.nf\n{roff(usage)}\n\n{roff(text)}\n.fi")
        page.append(section("COMMANDS", "\n".join(body)))
    else:
        usage, text = usage_body(top, name)
        page.append(section("NAME", "quorum \\- the Quorum workbench: which large language model to use"))
        page.append(section("SYNOPSIS", "\\fBquorum\\fR [\\fIoptions\\fR] [\\fIPLAN\\fR]"))
        page.append(section("DESCRIPTION", ".nf\n" + roff(text) + "\n.fi"))
        page.append(section("FILES", ".TP\n~/.local/share/quorum/quorum.sqlite\nThe run database.\n"
                            ".TP\n~/.config/quorum/quorum.conf\nThe window's settings (language, appearance, recent files)."))
    page.append(section("ENVIRONMENT", ".TP\nOPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, AWS_ACCESS_KEY_ID, …\n"
                        "A provider's key, where the OS keychain has none (see \\fBquorum\\-cli keys status\\fR)."))
    page.append(section("SEE ALSO", "\\fBquorum\\fR(1), \\fBquorum\\-cli\\fR(1)" if name == "quorum-cli" else "\\fBquorum\\-cli\\fR(1)"))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(page))


if __name__ == "__main__":
    main()
