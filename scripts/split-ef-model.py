"""Splits EF Core generated model files (the model snapshot and a migration's .Designer.cs) into partial files by
responsibility, keeping the statement order. Run after `dotnet ef migrations add`: delete the old *.<Group>.cs parts of the
snapshot first, then: python3 scripts/split-ef-model.py src/DesignStudio.Data/Migrations/*/*Snapshot.cs <new Designer files>."""
import re, sys, os
GROUPS = {"AccountEntities": "accounts, members, share links and activity",
          "ProjectEntities": "projects, documents, operation log, stored connections and versions",
          "IdentityEntities": "ASP.NET Core Identity and Data Protection key tables",
          "Relationships": "foreign keys between all of the above"}
def key(name, seen):
    if name in seen: return "Relationships"
    if name.startswith("Microsoft."): return "IdentityEntities"
    if ".Access." in name or ".Activity." in name: return "AccountEntities"
    return "ProjectEntities"
for path in sys.argv[1:]:
    lines = open(path, encoding="utf-8-sig").read().split("\n")
    ns = next(i for i,l in enumerate(lines) if l.startswith("namespace "))
    header = lines[:ns+2]  # through "{"
    cls_line = next(l for l in lines if re.match(r"\s+partial class ", l))
    cls = re.match(r"\s+partial class (\w+)", cls_line).group(1)
    starts = [i for i,l in enumerate(lines) if l.startswith("            modelBuilder.Entity(")]
    end = next(i for i in range(len(lines)) if lines[i].startswith("#pragma warning restore"))
    seen=set(); blocks=[]
    for j,s in enumerate(starts):
        e = starts[j+1] if j+1 < len(starts) else end
        name = re.search(r'Entity\("([^"]+)"', lines[s]).group(1)
        k = key(name, seen); seen.add(name)
        blocks.append((k, lines[s:e]))
    chunks=[]
    for k,b in blocks:
        if chunks and chunks[-1][0]==k: chunks[-1][1].extend(b)
        else: chunks.append((k, list(b)))
    assert len({k for k,_ in chunks}) == len(chunks), (path, [k for k,_ in chunks])
    calls = [f"            Build{k}(modelBuilder);" for k,_ in chunks]
    new = lines[:starts[0]] + calls + lines[end:]
    open(path, "w", encoding="utf-8-sig").write("\n".join(new))
    stem = path[:-3]
    for k, body in chunks:
        while body and body[-1].strip()=="": body.pop()
        out = header + [f"    // Part of the generated model: {GROUPS[k]} (split from {os.path.basename(path)} to keep files short).",
               f"    partial class {cls}", "    {",
               f"        private static void Build{k}(ModelBuilder modelBuilder)", "        {",
               "#pragma warning disable 612, 618"] + body + ["#pragma warning restore 612, 618", "        }", "    }", "}", ""]
        open(f"{stem}.{k}.cs", "w", encoding="utf-8-sig").write("\n".join(out))
