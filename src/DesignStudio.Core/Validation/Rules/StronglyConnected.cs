namespace DesignStudio.Core.Validation.Rules;

/// <summary>Tarjan's strongly connected components, iterative so deep chains of tables cannot overflow the stack.</summary>
internal static class StronglyConnected
{
    /// <summary>The components of a graph of <paramref name="count"/> nodes, each as a list of node numbers.</summary>
    public static List<List<int>> Components(int count, Func<int, IEnumerable<int>> successors)
    {
        var index = new int[count];
        var low = new int[count];
        var onStack = new bool[count];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var result = new List<List<int>>();
        var next = 0;

        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0) continue;
            var work = new Stack<(int Node, IEnumerator<int> Successors)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (node, successorsOf) = work.Peek();
                if (successorsOf.MoveNext())
                {
                    var s = successorsOf.Current;
                    if (index[s] < 0) Visit(s);
                    else if (onStack[s]) low[node] = Math.Min(low[node], index[s]);
                    continue;
                }
                work.Pop();
                if (work.Count > 0) low[work.Peek().Node] = Math.Min(low[work.Peek().Node], low[node]);
                if (low[node] != index[node]) continue;
                var component = new List<int>();
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component.Add(member);
                } while (member != node);
                result.Add(component);
            }

            void Visit(int n)
            {
                index[n] = low[n] = next++;
                stack.Push(n);
                onStack[n] = true;
                work.Push((n, successors(n).GetEnumerator()));
            }
        }
        return result;
    }
}
