using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace DesignStudio.Web.Components.Layout;

/// <summary>App bar (with the light/dark theme toggle), MudBlazor providers and the page body.</summary>
public partial class MainLayout
{
    /// <summary>The browser storage key that remembers the theme.</summary>
    public const string ThemeStorageKey = "designstudio.theme";

    private static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#3559a8", AppbarBackground = "#26385f" },
        PaletteDark = new PaletteDark { Primary = "#90a9e0", AppbarBackground = "#1b2336" },
    };

    private bool darkMode;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    // The layout re-renders with every page, so data-location (beside data-interactive) says which page the last
    // interactive render was for: end-to-end tests wait for it to equal the browser's address after a navigation.
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive) return;
        try
        {
            var stored = await JS.InvokeAsync<string?>("designStudio.getSetting", ThemeStorageKey);
            if (stored == "dark" && !darkMode)
            {
                darkMode = true;
                StateHasChanged();
            }
        }
        catch (JSException)
        {
            // Storage blocked by the browser: keep the light theme.
        }
    }

    private async Task ToggleThemeAsync()
    {
        darkMode = !darkMode;
        try
        {
            await JS.InvokeVoidAsync("designStudio.setSetting", ThemeStorageKey, darkMode ? "dark" : "light");
        }
        catch (JSException)
        {
            // Not remembered; the toggle still applies to this page.
        }
    }
}
