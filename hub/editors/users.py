"""Managing editors' accounts within a grant: Communications gives only the groups it may give.

Wagtail shows everyone with "add user" the "Administrator" box and every
group, then (through ``before_create_user``) a refusal would throw away the
whole form. Here the form offers a non-superuser only ``DELEGATED_GROUPS`` and
no "Administrator" box, so whatever is typed is either saved or shown again
with the error; the users list shows them only the accounts they may manage.
Wagtail's documented way to change its user forms is a ``UserViewSet`` named
by the ``wagtail.users`` app config (``hub.editors.apps``).
"""

from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.users.views import users

from hub.editors.groups import CHAMPIONS, INVOLVEMENT, TRANSLATORS

# Groups a non-superuser (Communications) may give to the users they manage: these, and
# each language's reviewer group ("Translation reviewers: Polski", made by hub.i18n.setup).
DELEGATED_GROUPS = {CHAMPIONS, INVOLVEMENT, TRANSLATORS}
DELEGATED = Q(name__in=DELEGATED_GROUPS) | Q(name__startswith=f"{TRANSLATORS}: ")


def may_manage(editor, user):
    """True when ``editor`` may change or delete the account ``user``."""
    if editor.is_superuser:
        return True
    return not user.is_superuser and not user.groups.exclude(DELEGATED).exists()


def limit_form(form, editor):
    """Take away the "Administrator" box and the groups ``editor`` may not give."""
    if editor.is_superuser:
        return
    form.fields.pop("is_superuser", None)
    form.fields["groups"].queryset = Group.objects.filter(DELEGATED).order_by("name")


class IndexView(users.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.request.user.is_superuser:
            return queryset
        others = Group.objects.exclude(DELEGATED)
        return queryset.exclude(Q(is_superuser=True) | Q(groups__in=others))


class CreateView(users.CreateView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        limit_form(form, self.request.user)
        return form


class EditView(users.EditView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        limit_form(form, self.request.user)
        return form


class UserViewSet(users.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
