using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

/// <summary>
/// Orders tables by foreign-key dependency: a topological sort of the strongly connected components of the
/// "references" graph, ties broken by design order so the result is deterministic. Foreign keys between different
/// tables of one component (a cycle) are reported as deferred, to be added with ALTER TABLE after the tables.
/// Self-references never need deferring: a table may reference itself inline.
/// </summary>
public static class ForeignKeyOrder
{
    /// <summary>Plans the creation order of <paramref name="design"/>'s tables.</summary>
    /// <param name="design">The design.</param>
    /// <param name="deferCycles">False for dialects that accept forward references inline (SQLite).</param>
    public static TableOrder Plan(Design design, bool deferCycles)
    {
        var tables = design.Tables;
        var position = new Dictionary<string, int>(tables.Count, StringComparer.Ordinal);
        for (var i = 0; i < tables.Count; i++) position.TryAdd(tables[i].Id, i);

        // dependsOn[i]: tables that table i references (other than itself).
        var dependsOn = new List<int>[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            dependsOn[i] = [];
            foreach (var fk in tables[i].ForeignKeys)
            {
                if (position.TryGetValue(fk.TargetTableId, out var j) && j != i) dependsOn[i].Add(j);
            }
        }

        var component = StronglyConnected(dependsOn);
        var deferred = new HashSet<string>(StringComparer.Ordinal);
        if (deferCycles)
        {
            for (var i = 0; i < tables.Count; i++)
            {
                foreach (var fk in tables[i].ForeignKeys)
                {
                    if (position.TryGetValue(fk.TargetTableId, out var j) && j != i && component[j] == component[i]) deferred.Add(fk.Id);
                }
            }
        }
        return new TableOrder(Sort(tables, dependsOn, component), deferred);
    }

    private static List<Table> Sort(ValueList<Table> tables, List<int>[] dependsOn, int[] component)
    {
        var count = component.Length == 0 ? 0 : component.Max() + 1;
        var members = new List<int>[count];
        for (var c = 0; c < count; c++) members[c] = [];
        for (var i = 0; i < tables.Count; i++) members[component[i]].Add(i);

        // Kahn's algorithm over components; the ready component with the earliest member in design order goes first.
        var pending = new int[count];
        var dependents = new List<int>[count];
        for (var c = 0; c < count; c++) dependents[c] = [];
        var seen = new HashSet<(int, int)>();
        for (var i = 0; i < tables.Count; i++)
        {
            foreach (var j in dependsOn[i])
            {
                int from = component[j], to = component[i];
                if (from != to && seen.Add((from, to)))
                {
                    pending[to]++;
                    dependents[from].Add(to);
                }
            }
        }
        var ready = new SortedSet<(int First, int Component)>();
        for (var c = 0; c < count; c++)
        {
            if (pending[c] == 0) ready.Add((members[c][0], c));
        }
        var result = new List<Table>(tables.Count);
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            foreach (var i in members[next.Component]) result.Add(tables[i]);
            foreach (var d in dependents[next.Component])
            {
                if (--pending[d] == 0) ready.Add((members[d][0], d));
            }
        }
        return result;
    }

    /// <summary>Tarjan's algorithm, iterative so deep reference chains cannot overflow the stack.</summary>
    private static int[] StronglyConnected(List<int>[] edges)
    {
        var n = edges.Length;
        var index = new int[n];
        var low = new int[n];
        var component = new int[n];
        var onStack = new bool[n];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var work = new Stack<(int Node, int Edge)>();
        int counter = 0, components = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (v, e) = work.Pop();
                if (e == 0)
                {
                    index[v] = low[v] = counter++;
                    stack.Push(v);
                    onStack[v] = true;
                }
                else
                {
                    var child = edges[v][e - 1];
                    low[v] = Math.Min(low[v], low[child]);
                }
                var descended = false;
                for (; e < edges[v].Count; e++)
                {
                    var w = edges[v][e];
                    if (index[w] < 0)
                    {
                        work.Push((v, e + 1));
                        work.Push((w, 0));
                        descended = true;
                        break;
                    }
                    if (onStack[w]) low[v] = Math.Min(low[v], index[w]);
                }
                if (descended || low[v] != index[v]) continue;
                int x;
                do
                {
                    x = stack.Pop();
                    onStack[x] = false;
                    component[x] = components;
                } while (x != v);
                components++;
            }
        }
        return component;
    }
}
