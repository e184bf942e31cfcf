"""The old Navigation setting goes, now that its links are in the English menu (0008)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0008_menu_from_navigation"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="navigation",
            name="site",
        ),
        migrations.RemoveField(
            model_name="primarylink",
            name="setting",
        ),
        migrations.RemoveField(
            model_name="primarylink",
            name="page",
        ),
        migrations.DeleteModel(
            name="FooterLink",
        ),
        migrations.DeleteModel(
            name="Navigation",
        ),
        migrations.DeleteModel(
            name="PrimaryLink",
        ),
    ]
