"""Give editors' groups their permissions from data migrations.

Applied migrations call these functions, so keep their names, arguments and
effect stable; change them only with a new migration in mind. They use the
historical models from ``apps``, never the project's models.
"""

from django.contrib.auth.management import create_permissions


def make_permissions(apps, *app_labels):
    """Create these apps' permissions now: Django normally makes them after all migrations."""
    for label in app_labels:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def app_permissions(apps, app_label, codenames):
    """The permissions of one app with these code names."""
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def grant(apps, group_name, app_label, codenames, *, admin_access=False):
    """Make the app's permissions and give them (and the admin, if asked) to the group, creating it if missing."""
    make_permissions(apps, app_label)
    group, _created = apps.get_model("auth", "Group").objects.get_or_create(name=group_name)
    group.permissions.add(*app_permissions(apps, app_label, codenames))
    if admin_access:
        group.permissions.add(*app_permissions(apps, "wagtailadmin", ["access_admin"]))


def revoke(apps, group_name, app_label, codenames):
    """Take the app's permissions back from the group; admin access stays, other apps may rely on it."""
    for group in apps.get_model("auth", "Group").objects.filter(name=group_name):
        group.permissions.remove(*app_permissions(apps, app_label, codenames))
