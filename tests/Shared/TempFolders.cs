namespace DesignStudio.TestSupport;

/// <summary>Deletes a test's data folder when the app that used it has stopped.</summary>
public static class TempFolders
{
    /// <summary>
    /// Deletes <paramref name="path"/> and everything in it. A background write that finishes as the host stops (seen on
    /// CI: "Directory not empty") can add a file while the folder is being deleted, so a failed attempt is retried a few
    /// times; the last failure is thrown.
    /// </summary>
    public static async Task DeleteAsync(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(200);
            }
        }
    }
}
