using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DesignStudio.Web.Components.Pages.Designer.Comments;

/// <summary>
/// A comment text box with <c>@mention</c> autocomplete: while the text ends with <c>@</c> and part of a name, it lists
/// the project members whose user name starts with (or contains) that part; choosing one completes the name.
/// </summary>
public partial class MentionTextBox
{
    private const int MaxSuggestions = 6;
    private MudTextField<string>? field;

    /// <summary>The text.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Raised when the text changes.</summary>
    [Parameter] public EventCallback<string?> ValueChanged { get; set; }

    /// <summary>The box's label (its accessible name).</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>User names of the project's members.</summary>
    [Parameter] public IReadOnlyList<string> Members { get; set; } = [];

    /// <summary>Whether the box is read-only.</summary>
    [Parameter] public bool Disabled { get; set; }

    private IReadOnlyList<string> Suggestions => Suggest(Value, Members);

    /// <summary>The members to offer for the partial mention at the end of <paramref name="text"/> (none when there is none).</summary>
    public static IReadOnlyList<string> Suggest(string? text, IReadOnlyList<string> members)
    {
        if (PartialMention(text) is not { } part) return [];
        return [.. members.Where(m => m.StartsWith(part, StringComparison.OrdinalIgnoreCase))
            .Concat(members.Where(m => part.Length > 0 && !m.StartsWith(part, StringComparison.OrdinalIgnoreCase) && m.Contains(part, StringComparison.OrdinalIgnoreCase)))
            .Where(m => !string.Equals(m, part, StringComparison.OrdinalIgnoreCase))
            .Take(MaxSuggestions)];
    }

    /// <summary>Focuses the box (and so scrolls it into view).</summary>
    public async Task FocusAsync()
    {
        if (field is not null) await field.FocusAsync();
    }

    private static string? PartialMention(string? text)
    {
        var match = Partial().Match(text ?? "");
        return match.Success ? match.Groups[1].Value : null;
    }

    private Task OnChanged(string? text) => ValueChanged.InvokeAsync(text);

    private Task MentionAsync(string name)
    {
        var text = Value ?? "";
        var at = Partial().Match(text).Groups[1].Index;
        return OnChanged(text[..at] + name + " ");
    }

    [GeneratedRegex(@"(?:^|[\s(,;:])@([\w.+\-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Partial();
}
