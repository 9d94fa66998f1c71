using DesignStudio.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace DesignStudio.Data.Comments;

/// <summary>The EF Core mapping of comment threads, comments, mentions and notifications.</summary>
public static class CommentModel
{
    /// <summary>Maps the entities onto <paramref name="modelBuilder"/>.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CommentThread>(thread =>
        {
            thread.ToTable("comment_threads");
            thread.HasKey(t => t.Id);
            thread.HasIndex(t => new { t.ProjectId, t.LastActivityUtc });
            thread.Property(t => t.TargetKind).HasConversion<string>().HasMaxLength(20);
            thread.Property(t => t.TableId).HasMaxLength(200);
            thread.Property(t => t.ColumnId).HasMaxLength(200);
            thread.Property(t => t.TargetLabel).HasMaxLength(CommentStore.MaxLabelLength).IsRequired();
            thread.Property(t => t.CreatedBy).HasMaxLength(450).IsRequired();
            thread.Property(t => t.ResolvedBy).HasMaxLength(450);
            thread.Ignore(t => t.Target);
            thread.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Comment>(comment =>
        {
            comment.ToTable("comments");
            comment.HasKey(c => c.Id);
            comment.HasIndex(c => c.ThreadId);
            comment.Property(c => c.AuthorId).HasMaxLength(450).IsRequired();
            comment.Property(c => c.AuthorName).HasMaxLength(256).IsRequired();
            comment.Property(c => c.Body).HasMaxLength(CommentStore.MaxBodyLength).IsRequired();
            comment.HasOne<CommentThread>().WithMany().HasForeignKey(c => c.ThreadId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CommentMention>(mention =>
        {
            mention.ToTable("comment_mentions");
            mention.HasKey(m => new { m.CommentId, m.UserId });
            mention.HasIndex(m => m.UserId);
            mention.HasOne<Comment>().WithMany().HasForeignKey(m => m.CommentId).OnDelete(DeleteBehavior.Cascade);
            mention.HasOne<StudioUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasKey(n => n.Id);
            notification.HasIndex(n => new { n.UserId, n.ReadUtc });
            notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
            notification.Property(n => n.ActorName).HasMaxLength(256).IsRequired();
            notification.Property(n => n.Excerpt).HasMaxLength(CommentStore.MaxExcerptLength).IsRequired();
            notification.HasOne<StudioUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
            notification.HasOne<CommentThread>().WithMany().HasForeignKey(n => n.ThreadId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
