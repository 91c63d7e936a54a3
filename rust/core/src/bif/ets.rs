//! `ets`: tables of tuples shared between processes.
//!
//! A table lives in the VM's registry (`Registry`, behind its own lock) and each table has a
//! lock of its own. Objects are deep-copied into memory the table owns (one fragment per
//! object, with its off-heap binaries counted) and copied out into the caller's heap on
//! every read, as OTP does. `set` and `bag` tables index objects by the hash of their key
//! (`term::hamt::hash`, consistent with `=:=`); `ordered_set` keeps objects sorted by key in
//! term order (where `1 == 1.0`). Tables die with their owner (`Registry::owner_exited`).
//!
//! Match specifications (`select/2`, `select_count/2`, `select_delete/2`, `match/2`,
//! `match_object/2`, `match_delete/2`) are compiled once per call: patterns with `'_'` and
//! `'$N'` variables, guards and bodies with `'$_'`, `'$$'`, `'$N'`, `{const, T}`,
//! `{{...}}` tuples, lists, `andalso`/`orelse`, and any `erlang` BIF by name
//! (`is_integer`, `'>'`, `element`, `'+'`, ...).

use crate::sync::Arc;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::cmp::Ordering;

use spin::Mutex;

use super::{badarg, boolean, list_elems, ok, oom, BifResult, Ctx};
use crate::atom::{self, Atom, AtomTable};
use crate::exec::Exception;
use crate::heap::Fragment;
use crate::term::build::TermAlloc;
use crate::term::{compare, copy, exact_eq, hamt, Term, View};
use crate::vm::FragmentBuilder;

type R = Result<BifResult, Exception>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Set,
    OrderedSet,
    Bag,
    DuplicateBag,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Access {
    Public,
    Protected,
    Private,
}

/// One stored object: its term and the memory it lives in.
struct Obj {
    term: Term,
    _mem: Fragment,
    words: usize,
}

impl Obj {
    fn new(t: Term) -> Option<Obj> {
        let words = copy::size_of(t);
        let mut b = FragmentBuilder::new(words);
        let term = copy::copy(t, &mut b)?;
        Some(Obj {
            term,
            _mem: b.into_box(),
            words,
        })
    }
}

struct Table {
    id: u64,
    name: Option<Atom>,
    named: bool,
    kind: Kind,
    access: Access,
    keypos: usize,
    owner: u32,
    /// set/bag: buckets by key hash.
    hashed: BTreeMap<u32, Vec<Obj>>,
    /// ordered_set: objects sorted by key.
    sorted: Vec<Obj>,
    size: usize,
    words: usize,
}

/// All tables of a VM.
#[derive(Default)]
pub struct Registry {
    tables: BTreeMap<u64, Arc<Mutex<Table>>>,
    names: BTreeMap<Atom, u64>,
}

impl Registry {
    /// The owner ended: its tables go away.
    pub fn owner_exited(&mut self, pid: u32) {
        let dead: Vec<u64> = self
            .tables
            .iter()
            .filter(|(_, t)| t.lock().owner == pid)
            .map(|(&id, _)| id)
            .collect();
        for id in dead {
            self.remove(id);
        }
    }

    /// Drop table `id` and its name.
    fn remove(&mut self, id: u64) {
        if let Some(t) = self.tables.remove(&id) {
            if let Some(n) = t.lock().name {
                if self.names.get(&n) == Some(&id) {
                    self.names.remove(&n);
                }
            }
        }
    }

    /// Bytes held by all tables' objects.
    pub fn memory_bytes(&self) -> usize {
        self.tables
            .values()
            .map(|t| t.lock().words * crate::term::WORD_BYTES)
            .sum()
    }
}

fn key_of(t: Term, keypos: usize) -> Option<Term> {
    t.tuple_elements()?.get(keypos - 1).copied()
}

impl Table {
    fn key_cmp(a: Term, b: Term, atoms: &AtomTable) -> Ordering {
        compare(a, b, false, atoms)
    }

    /// Index in `sorted` of the first object with a key not below `key`, and whether it
    /// equals `key`.
    fn sorted_pos(&self, key: Term, atoms: &AtomTable) -> (usize, bool) {
        let kp = self.keypos;
        match self.sorted.binary_search_by(|o| {
            Self::key_cmp(key_of(o.term, kp).unwrap_or(Term::NIL), key, atoms)
        }) {
            Ok(i) => (i, true),
            Err(i) => (i, false),
        }
    }

    fn insert(&mut self, t: Term, atoms: &AtomTable) -> Option<()> {
        let key = key_of(t, self.keypos)?;
        let obj = Obj::new(t)?;
        let kp = self.keypos;
        match self.kind {
            Kind::OrderedSet => {
                let (i, found) = self.sorted_pos(key, atoms);
                self.words += obj.words;
                if found {
                    self.words -= self.sorted[i].words;
                    self.sorted[i] = obj;
                } else {
                    self.sorted.insert(i, obj);
                    self.size += 1;
                }
            }
            Kind::Set => {
                let bucket = self.hashed.entry(hamt::hash(key)).or_default();
                self.words += obj.words;
                match bucket
                    .iter()
                    .position(|o| key_of(o.term, kp).is_some_and(|k| exact_eq(k, key)))
                {
                    Some(i) => {
                        self.words -= bucket[i].words;
                        bucket[i] = obj;
                    }
                    None => {
                        bucket.push(obj);
                        self.size += 1;
                    }
                }
            }
            Kind::Bag | Kind::DuplicateBag => {
                let bucket = self.hashed.entry(hamt::hash(key)).or_default();
                if self.kind == Kind::Bag && bucket.iter().any(|o| exact_eq(o.term, t)) {
                    return Some(());
                }
                self.words += obj.words;
                bucket.push(obj);
                self.size += 1;
            }
        }
        Some(())
    }

    fn has_key(&self, key: Term, atoms: &AtomTable) -> bool {
        !self.lookup(key, atoms).is_empty()
    }

    fn lookup(&self, key: Term, atoms: &AtomTable) -> Vec<Term> {
        let kp = self.keypos;
        match self.kind {
            Kind::OrderedSet => {
                let (i, found) = self.sorted_pos(key, atoms);
                if found {
                    alloc::vec![self.sorted[i].term]
                } else {
                    Vec::new()
                }
            }
            _ => self
                .hashed
                .get(&hamt::hash(key))
                .map(|b| {
                    b.iter()
                        .filter(|o| key_of(o.term, kp).is_some_and(|k| exact_eq(k, key)))
                        .map(|o| o.term)
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// Remove objects with `key` for which `which` holds; how many went.
    fn remove_where(
        &mut self,
        key: Term,
        atoms: &AtomTable,
        which: &dyn Fn(Term) -> bool,
    ) -> usize {
        let kp = self.keypos;
        let mut gone = 0;
        let mut freed = 0;
        match self.kind {
            Kind::OrderedSet => {
                let (i, found) = self.sorted_pos(key, atoms);
                if found && which(self.sorted[i].term) {
                    freed += self.sorted.remove(i).words;
                    gone = 1;
                }
            }
            _ => {
                let h = hamt::hash(key);
                if let Some(b) = self.hashed.get_mut(&h) {
                    b.retain(|o| {
                        let hit =
                            key_of(o.term, kp).is_some_and(|k| exact_eq(k, key)) && which(o.term);
                        if hit {
                            gone += 1;
                            freed += o.words;
                        }
                        !hit
                    });
                    if b.is_empty() {
                        self.hashed.remove(&h);
                    }
                }
            }
        }
        self.size -= gone;
        self.words -= freed;
        gone
    }

    /// Remove the objects `doomed` names (by identity: the terms `all` gave); how many.
    fn remove_objects(&mut self, doomed: &alloc::collections::BTreeSet<usize>) -> usize {
        let (mut gone, mut freed) = (0, 0);
        let mut keep = |o: &Obj| {
            let hit = doomed.contains(&o.term.raw());
            if hit {
                gone += 1;
                freed += o.words;
            }
            !hit
        };
        match self.kind {
            Kind::OrderedSet => self.sorted.retain(&mut keep),
            _ => self.hashed.retain(|_, b| {
                b.retain(&mut keep);
                !b.is_empty()
            }),
        }
        self.size -= gone;
        self.words -= freed;
        gone
    }

    /// Every object, in the table's order.
    fn all(&self) -> Vec<Term> {
        match self.kind {
            Kind::OrderedSet => self.sorted.iter().map(|o| o.term).collect(),
            _ => self
                .hashed
                .values()
                .flat_map(|b| b.iter().map(|o| o.term))
                .collect(),
        }
    }

    /// Distinct keys of one hash bucket, in the order of their first object.
    fn bucket_keys(&self, bucket: &[Obj]) -> Vec<Term> {
        let mut out: Vec<Term> = Vec::new();
        for k in bucket.iter().filter_map(|o| key_of(o.term, self.keypos)) {
            if !out.iter().any(|&l| exact_eq(l, k)) {
                out.push(k);
            }
        }
        out
    }

    /// The first (or last) key in the table's order.
    fn end_key(&self, last: bool) -> Option<Term> {
        let kp = self.keypos;
        match self.kind {
            Kind::OrderedSet => {
                let o = if last {
                    self.sorted.last()
                } else {
                    self.sorted.first()
                }?;
                key_of(o.term, kp)
            }
            _ => {
                let (_, b) = if last {
                    self.hashed.iter().next_back()
                } else {
                    self.hashed.iter().next()
                }?;
                let keys = self.bucket_keys(b);
                if last { keys.last() } else { keys.first() }.copied()
            }
        }
    }

    /// The key after (or before) `key` in the table's order: `Err` when a hashed table does
    /// not hold `key` (an ordered one takes any term as a position).
    fn neighbour(&self, key: Term, prev: bool, atoms: &AtomTable) -> Result<Option<Term>, ()> {
        let kp = self.keypos;
        if self.kind == Kind::OrderedSet {
            let (i, found) = self.sorted_pos(key, atoms);
            let j = match (prev, found) {
                (false, true) => Some(i + 1),
                (false, false) => Some(i),
                (true, _) => i.checked_sub(1),
            };
            return Ok(j
                .and_then(|j| self.sorted.get(j))
                .and_then(|o| key_of(o.term, kp)));
        }
        let h = hamt::hash(key);
        let keys = self.bucket_keys(self.hashed.get(&h).ok_or(())?);
        let i = keys.iter().position(|&k| exact_eq(k, key)).ok_or(())?;
        let within = if prev { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(&k) = within.and_then(|j| keys.get(j)) {
            return Ok(Some(k));
        }
        // The neighbouring bucket.
        let next = if prev {
            self.hashed.range(..h).next_back()
        } else {
            self.hashed.range(h + 1..).next()
        };
        Ok(next.and_then(|(_, b)| {
            let keys = self.bucket_keys(b);
            if prev { keys.last() } else { keys.first() }.copied()
        }))
    }

    fn clear(&mut self) {
        self.hashed.clear();
        self.sorted.clear();
        self.size = 0;
        self.words = 0;
    }
}

// ---- finding tables ----

fn table_of(c: &Ctx, t: Term) -> Result<Arc<Mutex<Table>>, Exception> {
    let reg = c.vm.ets.lock();
    let id = match t.view() {
        View::Atom(a) => *reg.names.get(&a).ok_or_else(badarg)?,
        _ => t.ref_id().ok_or_else(badarg)?,
    };
    let tab = reg.tables.get(&id).cloned().ok_or_else(badarg)?;
    if t.is_atom() && !tab.lock().named {
        return Err(badarg());
    }
    Ok(tab)
}

/// The table for reading (private tables only by their owner).
fn readable(c: &Ctx, t: Term) -> Result<Arc<Mutex<Table>>, Exception> {
    let tab = table_of(c, t)?;
    {
        let g = tab.lock();
        if g.access == Access::Private && g.owner != c.p.pid {
            return Err(badarg());
        }
    }
    Ok(tab)
}

/// The table for writing (public ones by anyone, others by their owner).
fn writable(c: &Ctx, t: Term) -> Result<Arc<Mutex<Table>>, Exception> {
    let tab = table_of(c, t)?;
    {
        let g = tab.lock();
        if g.access != Access::Public && g.owner != c.p.pid {
            return Err(badarg());
        }
    }
    Ok(tab)
}

fn copy_out(c: &mut Ctx, t: Term) -> Result<Term, Exception> {
    copy::copy(t, &mut c.p.heap).ok_or_else(oom)
}

fn list_out(c: &mut Ctx, ts: &[Term]) -> R {
    let mut v = Vec::with_capacity(ts.len());
    for &t in ts {
        v.push(copy_out(c, t)?);
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

fn text(c: &Ctx, a: Atom) -> alloc::string::String {
    alloc::string::String::from(c.vm.atoms.lock().text(a))
}

fn atom_named(c: &Ctx, name: &str) -> Result<Term, Exception> {
    let a =
        c.vm.atoms
            .lock()
            .intern(name.as_bytes())
            .map_err(|_| badarg())?;
    Ok(Term::atom(a))
}

// ---- BIFs ----

pub fn new(c: &mut Ctx, a: &[Term]) -> R {
    let name = a[0].atom_value_opt().ok_or_else(badarg)?;
    let mut kind = Kind::Set;
    let mut access = Access::Protected;
    let mut keypos = 1usize;
    let mut named = false;
    for o in list_elems(a[1]).ok_or_else(badarg)? {
        match o.view() {
            View::Atom(x) => match text(c, x).as_str() {
                "set" => kind = Kind::Set,
                "ordered_set" => kind = Kind::OrderedSet,
                "bag" => kind = Kind::Bag,
                "duplicate_bag" => kind = Kind::DuplicateBag,
                "public" => access = Access::Public,
                "protected" => access = Access::Protected,
                "private" => access = Access::Private,
                "named_table" => named = true,
                "compressed" => {}
                _ => return Err(badarg()),
            },
            View::Tuple(&[k, v]) => match (k.atom_value_opt().map(|x| text(c, x)), v.view()) {
                (Some(s), View::Small(n)) if s == "keypos" && n >= 1 => keypos = n as usize,
                (Some(s), View::Atom(_))
                    if s == "read_concurrency"
                        || s == "write_concurrency"
                        || s == "decentralized_counters" => {}
                (Some(s), View::Atom(_)) if s == "heir" => {}
                _ => return Err(badarg()),
            },
            View::Tuple(&[k, _, _])
                if k.atom_value_opt().map(|x| text(c, x)).as_deref() == Some("heir") => {}
            _ => return Err(badarg()),
        }
    }
    let id = c.vm.new_ref();
    let table = Table {
        id,
        name: Some(name),
        named,
        kind,
        access,
        keypos,
        owner: c.p.pid,
        hashed: BTreeMap::new(),
        sorted: Vec::new(),
        size: 0,
        words: 0,
    };
    {
        let mut reg = c.vm.ets.lock();
        if named {
            if reg.names.contains_key(&name) {
                return Err(badarg());
            }
            reg.names.insert(name, id);
        }
        reg.tables.insert(id, Arc::new(Mutex::new(table)));
    }
    if named {
        ok(Term::atom(name))
    } else {
        ok(c.p.heap.reference(id).ok_or_else(oom)?)
    }
}

fn objects_arg(t: Term, keypos: usize) -> Result<Vec<Term>, Exception> {
    let objs = if t.is_cons() || t.is_nil() {
        list_elems(t).ok_or_else(badarg)?
    } else {
        alloc::vec![t]
    };
    for &o in &objs {
        if key_of(o, keypos).is_none() {
            return Err(badarg());
        }
    }
    Ok(objs)
}

pub fn insert(c: &mut Ctx, a: &[Term]) -> R {
    let tab = writable(c, a[0])?;
    let mut g = tab.lock();
    let objs = objects_arg(a[1], g.keypos)?;
    let atoms = c.vm.atoms.lock();
    for o in objs {
        g.insert(o, &atoms).ok_or_else(oom)?;
    }
    ok(Term::atom(atom::TRUE))
}

pub fn insert_new(c: &mut Ctx, a: &[Term]) -> R {
    let tab = writable(c, a[0])?;
    let mut g = tab.lock();
    let objs = objects_arg(a[1], g.keypos)?;
    let atoms = c.vm.atoms.lock();
    let kp = g.keypos;
    for &o in &objs {
        if g.has_key(key_of(o, kp).unwrap_or(Term::NIL), &atoms) {
            return ok(boolean(false));
        }
    }
    for o in objs {
        g.insert(o, &atoms).ok_or_else(oom)?;
    }
    ok(boolean(true))
}

pub fn lookup(c: &mut Ctx, a: &[Term]) -> R {
    let tab = readable(c, a[0])?;
    // The table stays locked while the objects are copied out: a writer could free them.
    let g = tab.lock();
    let found = {
        let atoms = c.vm.atoms.lock();
        g.lookup(a[1], &atoms)
    };
    list_out(c, &found)
}

pub fn lookup_element(c: &mut Ctx, a: &[Term]) -> R {
    let pos = match a[2].view() {
        View::Small(n) if n >= 1 => n as usize,
        _ => return Err(badarg()),
    };
    let tab = readable(c, a[0])?;
    let g = tab.lock();
    let found = {
        let atoms = c.vm.atoms.lock();
        g.lookup(a[1], &atoms)
    };
    if found.is_empty() {
        return Err(badarg());
    }
    let mut elems = Vec::new();
    for t in &found {
        elems.push(
            *t.tuple_elements()
                .and_then(|e| e.get(pos - 1))
                .ok_or_else(badarg)?,
        );
    }
    let r = if g.kind == Kind::Set || g.kind == Kind::OrderedSet {
        let v = copy_out(c, elems[0])?;
        ok(v)
    } else {
        list_out(c, &elems)
    };
    drop(g);
    r
}

pub fn member(c: &mut Ctx, a: &[Term]) -> R {
    let tab = readable(c, a[0])?;
    let g = tab.lock();
    let atoms = c.vm.atoms.lock();
    ok(boolean(g.has_key(a[1], &atoms)))
}

pub fn delete1(c: &mut Ctx, a: &[Term]) -> R {
    let id = writable(c, a[0])?.lock().id;
    c.vm.ets.lock().remove(id);
    ok(Term::atom(atom::TRUE))
}

pub fn delete2(c: &mut Ctx, a: &[Term]) -> R {
    let tab = writable(c, a[0])?;
    let mut g = tab.lock();
    let atoms = c.vm.atoms.lock();
    g.remove_where(a[1], &atoms, &|_| true);
    ok(Term::atom(atom::TRUE))
}

pub fn delete_object(c: &mut Ctx, a: &[Term]) -> R {
    let tab = writable(c, a[0])?;
    let mut g = tab.lock();
    let key = key_of(a[1], g.keypos).ok_or_else(badarg)?;
    let atoms = c.vm.atoms.lock();
    let obj = a[1];
    g.remove_where(key, &atoms, &|t| exact_eq(t, obj));
    ok(Term::atom(atom::TRUE))
}

pub fn delete_all_objects(c: &mut Ctx, a: &[Term]) -> R {
    let tab = writable(c, a[0])?;
    tab.lock().clear();
    ok(Term::atom(atom::TRUE))
}

pub fn take(c: &mut Ctx, a: &[Term]) -> R {
    let tab = writable(c, a[0])?;
    let mut g = tab.lock();
    let found = {
        let atoms = c.vm.atoms.lock();
        g.lookup(a[1], &atoms)
    };
    // Copy out before the objects are freed.
    let r = list_out(c, &found)?;
    let atoms = c.vm.atoms.lock();
    g.remove_where(a[1], &atoms, &|_| true);
    Ok(r)
}

pub fn tab2list(c: &mut Ctx, a: &[Term]) -> R {
    let tab = readable(c, a[0])?;
    let g = tab.lock();
    let all = g.all();
    let r = list_out(c, &all);
    drop(g);
    r
}

pub fn whereis(c: &mut Ctx, a: &[Term]) -> R {
    let name = a[0].atom_value_opt().ok_or_else(badarg)?;
    let id = c.vm.ets.lock().names.get(&name).copied();
    match id {
        Some(id) => ok(c.p.heap.reference(id).ok_or_else(oom)?),
        None => ok(Term::atom(atom::UNDEFINED)),
    }
}

pub fn all(c: &mut Ctx, _: &[Term]) -> R {
    let tabs: Vec<(u64, Option<Atom>, bool)> = {
        let reg = c.vm.ets.lock();
        reg.tables
            .values()
            .map(|t| {
                let g = t.lock();
                (g.id, g.name, g.named)
            })
            .collect()
    };
    let mut v = Vec::new();
    for (id, name, named) in tabs {
        v.push(match (named, name) {
            (true, Some(n)) => Term::atom(n),
            _ => c.p.heap.reference(id).ok_or_else(oom)?,
        });
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

fn info_item(c: &mut Ctx, g: &Table, item: &str) -> Result<Term, Exception> {
    Ok(match item {
        "size" => Term::small(g.size as isize),
        "type" => atom_named(
            c,
            match g.kind {
                Kind::Set => "set",
                Kind::OrderedSet => "ordered_set",
                Kind::Bag => "bag",
                Kind::DuplicateBag => "duplicate_bag",
            },
        )?,
        "protection" => atom_named(
            c,
            match g.access {
                Access::Public => "public",
                Access::Protected => "protected",
                Access::Private => "private",
            },
        )?,
        "keypos" => Term::small(g.keypos as isize),
        "named_table" => boolean(g.named),
        "name" => g
            .name
            .map(Term::atom)
            .unwrap_or(Term::atom(atom::UNDEFINED)),
        "owner" => Term::pid(g.owner as usize),
        "memory" => Term::small(g.words as isize),
        "id" => c.p.heap.reference(g.id).ok_or_else(oom)?,
        "heir" => atom_named(c, "none")?,
        "compressed" | "read_concurrency" | "write_concurrency" | "decentralized_counters" => {
            boolean(false)
        }
        _ => return Err(badarg()),
    })
}

pub fn info1(c: &mut Ctx, a: &[Term]) -> R {
    let Ok(tab) = table_of(c, a[0]) else {
        return ok(Term::atom(atom::UNDEFINED));
    };
    let g = tab.lock();
    let mut v = Vec::new();
    for item in [
        "id",
        "decentralized_counters",
        "read_concurrency",
        "write_concurrency",
        "compressed",
        "memory",
        "owner",
        "heir",
        "name",
        "size",
        "node",
        "named_table",
        "type",
        "keypos",
        "protection",
    ] {
        let val = if item == "node" {
            Term::atom(atom::NONODE)
        } else {
            info_item(c, &g, item)?
        };
        let k = atom_named(c, item)?;
        v.push(c.p.heap.tuple(&[k, val]).ok_or_else(oom)?);
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

pub fn info2(c: &mut Ctx, a: &[Term]) -> R {
    let item = a[1].atom_value_opt().ok_or_else(badarg)?;
    let Ok(tab) = table_of(c, a[0]) else {
        return ok(Term::atom(atom::UNDEFINED));
    };
    let g = tab.lock();
    let name = text(c, item);
    if name == "node" {
        return ok(Term::atom(atom::NONODE));
    }
    ok(info_item(c, &g, &name)?)
}

// ---- counters and element updates ----

fn add_int(c: &mut Ctx, x: Term, incr: Term) -> Result<Term, Exception> {
    match super::arith::add(c, &[x, incr])? {
        BifResult::Value(v) if matches!(v.view(), View::Small(_) | View::Big(..)) => Ok(v),
        _ => Err(badarg()),
    }
}

/// One `{Pos, Incr}` or `{Pos, Incr, Threshold, SetValue}` applied to the element list.
fn apply_counter_op(
    c: &mut Ctx,
    elems: &mut [Term],
    op: Term,
    keypos: usize,
) -> Result<Term, Exception> {
    let (pos, incr, thr) = match op.view() {
        // A bare increment applies to the element after the key.
        View::Small(_) | View::Big(..) => (keypos + 1, op, None),
        View::Tuple(&[p, i]) => (pos_of(p)?, i, None),
        View::Tuple(&[p, i, t, s]) => (pos_of(p)?, i, Some((t, s))),
        _ => return Err(badarg()),
    };
    if pos == keypos || pos > elems.len() || !matches!(incr.view(), View::Small(_) | View::Big(..))
    {
        return Err(badarg());
    }
    let cur = elems[pos - 1];
    if !matches!(cur.view(), View::Small(_) | View::Big(..)) {
        return Err(badarg());
    }
    let mut v = add_int(c, cur, incr)?;
    if let Some((t, s)) = thr {
        let atoms = c.vm.atoms.lock();
        let neg = matches!(incr.view(), View::Small(n) if n < 0)
            || matches!(incr.view(), View::Big(true, _));
        let over = if neg {
            compare(v, t, false, &atoms) == Ordering::Less
        } else {
            compare(v, t, false, &atoms) == Ordering::Greater
        };
        if over {
            v = s;
        }
    }
    elems[pos - 1] = v;
    Ok(v)
}

fn pos_of(t: Term) -> Result<usize, Exception> {
    match t.view() {
        View::Small(n) if n >= 1 => Ok(n as usize),
        _ => Err(badarg()),
    }
}

fn update_counter_impl(c: &mut Ctx, a: &[Term], default: Option<Term>) -> R {
    let tab = writable(c, a[0])?;
    let mut g = tab.lock();
    if g.kind != Kind::Set && g.kind != Kind::OrderedSet {
        return Err(badarg());
    }
    let kp = g.keypos;
    let found = {
        let atoms = c.vm.atoms.lock();
        g.lookup(a[1], &atoms)
    };
    let obj = match (found.first(), default) {
        (Some(&o), _) => o,
        (None, Some(d)) => {
            if key_of(d, kp).is_none() {
                return Err(badarg());
            }
            // The default with the key put in.
            let mut e = d.tuple_elements().unwrap_or(&[]).to_vec();
            e[kp - 1] = a[1];
            c.p.heap.tuple(&e).ok_or_else(oom)?
        }
        (None, None) => return Err(badarg()),
    };
    let mut elems = obj.tuple_elements().ok_or_else(badarg)?.to_vec();
    let ops: Vec<Term> = if a[2].is_cons() || a[2].is_nil() {
        list_elems(a[2]).ok_or_else(badarg)?
    } else {
        alloc::vec![a[2]]
    };
    let mut results = Vec::with_capacity(ops.len());
    for &op in &ops {
        results.push(apply_counter_op(c, &mut elems, op, kp)?);
    }
    let new = c.p.heap.tuple(&elems).ok_or_else(oom)?;
    {
        let atoms = c.vm.atoms.lock();
        g.insert(new, &atoms).ok_or_else(oom)?;
    }
    if a[2].is_cons() || a[2].is_nil() {
        ok(c.p.heap.list(&results, Term::NIL).ok_or_else(oom)?)
    } else {
        ok(results[0])
    }
}

pub fn update_counter3(c: &mut Ctx, a: &[Term]) -> R {
    update_counter_impl(c, a, None)
}

pub fn update_counter4(c: &mut Ctx, a: &[Term]) -> R {
    update_counter_impl(c, a, Some(a[3]))
}

pub fn update_element(c: &mut Ctx, a: &[Term]) -> R {
    let tab = writable(c, a[0])?;
    let mut g = tab.lock();
    if g.kind != Kind::Set && g.kind != Kind::OrderedSet {
        return Err(badarg());
    }
    let kp = g.keypos;
    let found = {
        let atoms = c.vm.atoms.lock();
        g.lookup(a[1], &atoms)
    };
    let Some(&obj) = found.first() else {
        return ok(boolean(false));
    };
    let mut elems = obj.tuple_elements().ok_or_else(badarg)?.to_vec();
    let ups: Vec<Term> = match a[2].view() {
        View::Tuple(_) => alloc::vec![a[2]],
        _ => list_elems(a[2]).ok_or_else(badarg)?,
    };
    for u in ups {
        match u.view() {
            View::Tuple(&[p, v]) => {
                let p = pos_of(p)?;
                if p == kp || p > elems.len() {
                    return Err(badarg());
                }
                elems[p - 1] = v;
            }
            _ => return Err(badarg()),
        }
    }
    let new = c.p.heap.tuple(&elems).ok_or_else(oom)?;
    let atoms = c.vm.atoms.lock();
    g.insert(new, &atoms).ok_or_else(oom)?;
    ok(boolean(true))
}

// ---- traversal ----

fn key_or_end(c: &mut Ctx, k: Option<Term>) -> R {
    match k {
        Some(k) => {
            let v = copy_out(c, k)?;
            ok(v)
        }
        None => atom_named(c, "$end_of_table").map(BifResult::Value),
    }
}

fn first_last(c: &mut Ctx, a: &[Term], last: bool) -> R {
    let tab = readable(c, a[0])?;
    let g = tab.lock();
    key_or_end(c, g.end_key(last))
}

pub fn first(c: &mut Ctx, a: &[Term]) -> R {
    first_last(c, a, false)
}

pub fn last(c: &mut Ctx, a: &[Term]) -> R {
    first_last(c, a, true)
}

fn next_prev(c: &mut Ctx, a: &[Term], prev: bool) -> R {
    let tab = readable(c, a[0])?;
    let g = tab.lock();
    let found = {
        let atoms = c.vm.atoms.lock();
        g.neighbour(a[1], prev, &atoms)
    };
    key_or_end(c, found.map_err(|()| badarg())?)
}

pub fn next(c: &mut Ctx, a: &[Term]) -> R {
    next_prev(c, a, false)
}

pub fn prev(c: &mut Ctx, a: &[Term]) -> R {
    next_prev(c, a, true)
}

// ---- match specifications ----

enum Pat {
    Any,
    Var(usize),
    Tuple(Vec<Pat>),
    Cons(alloc::boxed::Box<Pat>, alloc::boxed::Box<Pat>),
    Map(Vec<(Term, Pat)>),
    Lit(Term),
}

enum Expr {
    Var(usize),
    Whole,
    AllVars,
    Const(Term),
    Tuple(Vec<Expr>),
    Cons(alloc::boxed::Box<Expr>, alloc::boxed::Box<Expr>),
    AndAlso(Vec<Expr>),
    OrElse(Vec<Expr>),
    /// A call of `erlang:F/N`, looked up once when the spec is compiled (`None`: no such
    /// BIF, so evaluating it fails).
    Call(Option<super::BifFn>, Vec<Expr>),
}

struct Clause {
    pat: Pat,
    guards: Vec<Expr>,
    body: Vec<Expr>,
}

/// `'$N'` -> N.
fn var_index(name: &str) -> Option<usize> {
    let n = name.strip_prefix('$')?;
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    n.parse().ok()
}

fn compile_pat(t: Term, atoms: &AtomTable) -> Pat {
    match t.view() {
        View::Atom(a) => {
            let s = atoms.text(a);
            if s == "_" {
                Pat::Any
            } else if let Some(i) = var_index(s) {
                Pat::Var(i)
            } else {
                Pat::Lit(t)
            }
        }
        View::Tuple(es) => Pat::Tuple(es.iter().map(|&e| compile_pat(e, atoms)).collect()),
        View::Cons(h, tl) => Pat::Cons(
            alloc::boxed::Box::new(compile_pat(h, atoms)),
            alloc::boxed::Box::new(compile_pat(tl, atoms)),
        ),
        View::Map(..) | View::Other(crate::term::Boxed::HashMap) => Pat::Map(
            super::maps::pairs(t)
                .into_iter()
                .map(|(k, v)| (k, compile_pat(v, atoms)))
                .collect(),
        ),
        _ => Pat::Lit(t),
    }
}

fn compile_expr(t: Term, atoms: &AtomTable) -> Result<Expr, Exception> {
    Ok(match t.view() {
        View::Atom(a) => {
            let s = atoms.text(a);
            if s == "$_" {
                Expr::Whole
            } else if s == "$$" {
                Expr::AllVars
            } else if let Some(i) = var_index(s) {
                Expr::Var(i)
            } else {
                Expr::Const(t)
            }
        }
        View::Tuple(&[inner]) if inner.tuple_elements().is_some() => Expr::Tuple(
            inner
                .tuple_elements()
                .unwrap_or(&[])
                .iter()
                .map(|&e| compile_expr(e, atoms))
                .collect::<Result<_, _>>()?,
        ),
        View::Tuple(es) if !es.is_empty() && es[0].is_atom() => {
            let f = es[0].atom_value();
            let args = es[1..]
                .iter()
                .map(|&e| compile_expr(e, atoms))
                .collect::<Result<Vec<_>, _>>()?;
            match atoms.text(f) {
                "const" if es.len() == 2 => Expr::Const(es[1]),
                "andalso" => Expr::AndAlso(args),
                "orelse" => Expr::OrElse(args),
                name => Expr::Call(super::lookup_text("erlang", name, args.len() as u32), args),
            }
        }
        View::Tuple(_) => return Err(badarg()),
        View::Cons(h, tl) => Expr::Cons(
            alloc::boxed::Box::new(compile_expr(h, atoms)?),
            alloc::boxed::Box::new(compile_expr(tl, atoms)?),
        ),
        _ => Expr::Const(t),
    })
}

fn compile_spec(c: &Ctx, spec: Term) -> Result<Vec<Clause>, Exception> {
    let atoms = c.vm.atoms.lock();
    let mut out = Vec::new();
    for cl in list_elems(spec).ok_or_else(badarg)? {
        let &[p, g, b] = cl.tuple_elements().ok_or_else(badarg)? else {
            return Err(badarg());
        };
        let guards = list_elems(g)
            .ok_or_else(badarg)?
            .into_iter()
            .map(|e| compile_expr(e, &atoms))
            .collect::<Result<Vec<_>, _>>()?;
        let body = list_elems(b)
            .ok_or_else(badarg)?
            .into_iter()
            .map(|e| compile_expr(e, &atoms))
            .collect::<Result<Vec<_>, _>>()?;
        out.push(Clause {
            pat: compile_pat(p, &atoms),
            guards,
            body,
        });
    }
    Ok(out)
}

fn match_pat(p: &Pat, t: Term, binds: &mut Vec<Option<Term>>) -> bool {
    match p {
        Pat::Any => true,
        Pat::Var(i) => {
            if binds.len() <= *i {
                binds.resize(*i + 1, None);
            }
            match binds[*i] {
                Some(b) => exact_eq(b, t),
                None => {
                    binds[*i] = Some(t);
                    true
                }
            }
        }
        Pat::Lit(l) => exact_eq(*l, t),
        Pat::Tuple(ps) => match t.tuple_elements() {
            Some(es) if es.len() == ps.len() => {
                ps.iter().zip(es).all(|(p, &e)| match_pat(p, e, binds))
            }
            _ => false,
        },
        Pat::Cons(ph, pt) => match t.cons_parts() {
            Some((h, tl)) => match_pat(ph, h, binds) && match_pat(pt, tl, binds),
            None => false,
        },
        Pat::Map(kvs) => {
            if !super::maps::is_map(t) {
                return false;
            }
            kvs.iter().all(|(k, p)| {
                super::maps::pairs(t)
                    .iter()
                    .find(|(mk, _)| exact_eq(*mk, *k))
                    .is_some_and(|&(_, v)| match_pat(p, v, binds))
            })
        }
    }
}

/// Evaluate an expression; `Err(())` when a guard fails (bad argument, unbound variable).
fn eval(c: &mut Ctx, e: &Expr, whole: Term, binds: &[Option<Term>]) -> Result<Term, ()> {
    Ok(match e {
        Expr::Var(i) => binds.get(*i).copied().flatten().ok_or(())?,
        Expr::Whole => whole,
        Expr::AllVars => {
            // '$$': the bound variables in order of their numbers ('$1' up).
            let vals: Vec<Term> = binds.iter().skip(1).flatten().copied().collect();
            c.p.heap.list(&vals, Term::NIL).ok_or(())?
        }
        Expr::Const(t) => *t,
        Expr::Tuple(es) => {
            let mut v = Vec::with_capacity(es.len());
            for e in es {
                v.push(eval(c, e, whole, binds)?);
            }
            c.p.heap.tuple(&v).ok_or(())?
        }
        Expr::Cons(h, t) => {
            let h = eval(c, h, whole, binds)?;
            let t = eval(c, t, whole, binds)?;
            c.p.heap.cons(h, t).ok_or(())?
        }
        Expr::AndAlso(es) => {
            for e in es {
                if eval(c, e, whole, binds)? != Term::atom(atom::TRUE) {
                    return Ok(Term::atom(atom::FALSE));
                }
            }
            Term::atom(atom::TRUE)
        }
        Expr::OrElse(es) => {
            for e in es {
                if eval(c, e, whole, binds)? == Term::atom(atom::TRUE) {
                    return Ok(Term::atom(atom::TRUE));
                }
            }
            Term::atom(atom::FALSE)
        }
        Expr::Call(f, args) => {
            let mut vals = Vec::with_capacity(args.len());
            for a in args {
                vals.push(eval(c, a, whole, binds)?);
            }
            let bif = f.ok_or(())?;
            match bif(c, &vals) {
                Ok(BifResult::Value(v)) => v,
                _ => return Err(()),
            }
        }
    })
}

/// The result of the first clause that matches `obj`, if any.
fn run_spec(c: &mut Ctx, spec: &[Clause], obj: Term) -> Option<Term> {
    for cl in spec {
        let mut binds: Vec<Option<Term>> = Vec::new();
        if !match_pat(&cl.pat, obj, &mut binds) {
            continue;
        }
        let mut pass = true;
        for g in &cl.guards {
            if eval(c, g, obj, &binds) != Ok(Term::atom(atom::TRUE)) {
                pass = false;
                break;
            }
        }
        if !pass {
            continue;
        }
        let mut result = Term::atom(atom::TRUE);
        for b in &cl.body {
            match eval(c, b, obj, &binds) {
                Ok(v) => result = v,
                Err(()) => return None,
            }
        }
        return Some(result);
    }
    None
}

/// The results of `spec` on the objects of table `t`, copied into the caller's heap. The spec
/// runs on the table's own terms under its lock, so only results are copied.
fn select_results(c: &mut Ctx, t: Term, spec: &[Clause]) -> R {
    let tab = readable(c, t)?;
    let g = tab.lock();
    let mut out = Vec::new();
    for o in g.all() {
        if let Some(r) = run_spec(c, spec, o) {
            out.push(copy_out(c, r)?);
        }
    }
    drop(g);
    ok(c.p.heap.list(&out, Term::NIL).ok_or_else(oom)?)
}

pub fn select(c: &mut Ctx, a: &[Term]) -> R {
    let spec = compile_spec(c, a[1])?;
    select_results(c, a[0], &spec)
}

pub fn select_count(c: &mut Ctx, a: &[Term]) -> R {
    let spec = compile_spec(c, a[1])?;
    let tab = readable(c, a[0])?;
    let g = tab.lock();
    let n = g
        .all()
        .into_iter()
        .filter(|&o| run_spec(c, &spec, o) == Some(Term::atom(atom::TRUE)))
        .count();
    ok(Term::small(n as isize))
}

fn delete_matching(c: &mut Ctx, tabt: Term, spec: &[Clause]) -> Result<usize, Exception> {
    let tab = writable(c, tabt)?;
    let mut g = tab.lock();
    // The matching objects by identity, removed in one pass (not by value: two equal
    // objects of a duplicate_bag are each judged, and none is read after it is freed).
    let doomed: alloc::collections::BTreeSet<usize> = g
        .all()
        .into_iter()
        .filter(|&o| run_spec(c, spec, o) == Some(Term::atom(atom::TRUE)))
        .map(|o| o.raw())
        .collect();
    Ok(g.remove_objects(&doomed))
}

pub fn select_delete(c: &mut Ctx, a: &[Term]) -> R {
    let spec = compile_spec(c, a[1])?;
    let n = delete_matching(c, a[0], &spec)?;
    ok(Term::small(n as isize))
}

/// A match pattern as a spec: `[{Pattern, [], [Body]}]`.
fn pattern_spec(c: &Ctx, pat: Term, body: Expr) -> Vec<Clause> {
    let atoms = c.vm.atoms.lock();
    alloc::vec![Clause {
        pat: compile_pat(pat, &atoms),
        guards: Vec::new(),
        body: alloc::vec![body],
    }]
}

pub fn match_object(c: &mut Ctx, a: &[Term]) -> R {
    let spec = pattern_spec(c, a[1], Expr::Whole);
    select_results(c, a[0], &spec)
}

pub fn match2(c: &mut Ctx, a: &[Term]) -> R {
    let spec = pattern_spec(c, a[1], Expr::AllVars);
    select_results(c, a[0], &spec)
}

pub fn match_delete(c: &mut Ctx, a: &[Term]) -> R {
    let spec = pattern_spec(c, a[1], Expr::Const(Term::atom(atom::TRUE)));
    delete_matching(c, a[0], &spec)?;
    ok(Term::atom(atom::TRUE))
}

pub fn give_away(c: &mut Ctx, a: &[Term]) -> R {
    let tab = table_of(c, a[0])?;
    let to = match a[1].view() {
        View::Pid(p) => p as u32,
        _ => return Err(badarg()),
    };
    {
        let mut g = tab.lock();
        if g.owner != c.p.pid || to == c.p.pid || !c.vm.is_alive(to) {
            return Err(badarg());
        }
        g.owner = to;
    }
    // The new owner is told, as OTP does: {'ETS-TRANSFER', Tab, FromPid, GiftData}.
    let tag = atom_named(c, "ETS-TRANSFER")?;
    let msg =
        c.p.heap
            .tuple(&[tag, a[0], Term::pid(c.p.pid as usize), a[2]])
            .ok_or_else(oom)?;
    super::procs::send(c, (a[1], msg))?;
    ok(Term::atom(atom::TRUE))
}
