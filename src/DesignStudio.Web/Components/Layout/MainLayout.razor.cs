using MudBlazor;

namespace DesignStudio.Web.Components.Layout;

/// <summary>App bar, MudBlazor providers and the page body.</summary>
public partial class MainLayout
{
    private static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#3559a8", AppbarBackground = "#26385f" },
    };
}
