// Progressive enhancement for the reference intake form. The form works
// without this file: the Preview button asks the server for the same check.
// No inline code (the Content-Security-Policy forbids it), no third-party
// code, no storage, no cookies. Text is only ever inserted with textContent.
(function () {
  'use strict';

  var form = document.getElementById('report-form');
  if (!form || !window.fetch || !window.JSON) {
    return;
  }

  // --- contact fields only for a confidential report
  var contact = document.getElementById('contact-fields');
  var note = document.getElementById('contact-note');

  function isConfidential() {
    var mode = form.elements.namedItem('reporter_mode');
    return !!mode && mode.value === 'confidential';
  }

  function syncContact() {
    if (!contact) {
      return;
    }
    var on = isConfidential();
    contact.hidden = !on;
    // Disabled fields are not sent: nothing typed there leaks into an
    // anonymous report, and it comes back if the reporter changes their mind.
    var inputs = contact.querySelectorAll('input, textarea');
    for (var i = 0; i < inputs.length; i++) {
      inputs[i].disabled = !on;
    }
  }

  if (note) {
    note.textContent = 'Give at least a phone number, an email address, an address or a postcode.';
  }
  var modes = form.querySelectorAll('input[name="reporter_mode"]');
  for (var m = 0; m < modes.length; m++) {
    modes[m].addEventListener('change', function () {
      syncContact();
      schedule();
    });
  }
  syncContact();

  // --- live check of the narrative
  var FIELDS = ['narrative', 'subject_name', 'subject_collar', 'subject_station',
    'contact_name', 'contact_phone', 'contact_email', 'contact_address', 'contact_postcode'];
  var status = document.getElementById('preview-status');
  var body = document.getElementById('preview-body');
  var timer = null;
  var sequence = 0;

  function value(name) {
    var el = form.elements.namedItem(name);
    return el && !el.disabled && typeof el.value === 'string' ? el.value : '';
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function render(data) {
    while (body.firstChild) {
      body.removeChild(body.firstChild);
    }
    body.appendChild(el('h3', '', 'What would be changed'));
    if (!data.changes.length) {
      body.appendChild(el('p', 'none', 'Nothing in your account would be changed.'));
    } else {
      var changes = el('ul');
      changes.id = 'preview-changes';
      data.changes.forEach(function (c) {
        var li = el('li', 'change');
        li.appendChild(el('q', '', c.excerpt));
        li.appendChild(document.createTextNode(' ' + c.explanation));
        changes.appendChild(li);
      });
      body.appendChild(changes);
    }
    body.appendChild(el('h3', '', 'Things to think about'));
    if (!data.hints.length) {
      body.appendChild(el('p', 'none', 'No phrases found that usually point to the person reporting.'));
    } else {
      var hints = el('ul');
      hints.id = 'preview-hints';
      data.hints.forEach(function (h) {
        var li = el('li', 'hint hint-' + h.severity);
        li.appendChild(el('strong', '', h.headline));
        li.appendChild(document.createTextNode(' ' + h.message));
        hints.appendChild(li);
      });
      body.appendChild(hints);
    }
    body.appendChild(el('h3', '', 'What the force would read'));
    var result = el('blockquote', '', data.result);
    result.id = 'preview-result';
    body.appendChild(result);
    status.textContent = data.summary;
  }

  function check() {
    var narrative = value('narrative');
    if (!narrative.trim()) {
      // Nothing to check: clear any earlier result.
      sequence++;
      while (body.firstChild) {
        body.removeChild(body.firstChild);
      }
      status.textContent = 'The check appears here as you write.';
      return;
    }
    var payload = { reporter_mode: isConfidential() ? 'confidential' : 'anonymous' };
    FIELDS.forEach(function (name) {
      payload[name] = value(name);
    });
    var mine = ++sequence;
    fetch('/api/review', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      return response.json();
    }).then(function (data) {
      if (mine === sequence) {
        render(data);
      }
    }).catch(function () {
      if (mine === sequence) {
        status.textContent = 'The check is not available just now. Press \u2018Preview\u2019 to check on the server.';
      }
    });
  }

  function schedule() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(check, 400);
  }

  if (status && body) {
    status.textContent = 'The check appears here as you write.';
    FIELDS.forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field) {
        field.addEventListener('input', schedule);
      }
    });
    if (value('narrative').trim()) {
      schedule();
    }
  }
}());
