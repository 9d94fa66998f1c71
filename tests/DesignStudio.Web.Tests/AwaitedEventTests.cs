namespace DesignStudio.Web.Tests;

public class AwaitedEventTests : StudioTestContext
{
    // The test's events see the context's services only if the constructor's AsyncLocal flows into the test method; without
    // it every Click falls back to the bounded wait that raced slow handlers on CI.
    [Fact]
    public void Events_of_a_studio_test_wait_for_their_handler_and_recognise_a_dialog_it_opened()
    {
        Assert.True(AwaitedEventExtensions.IsTracking);
    }

    [Fact]
    public async Task Events_of_an_async_studio_test_are_tracked_after_an_await()
    {
        await Task.Yield();
        Assert.True(AwaitedEventExtensions.IsTracking);
    }
}
