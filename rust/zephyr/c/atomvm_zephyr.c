/*
 * Copyright (c) 2025 atomvm-rs contributors
 * SPDX-License-Identifier: Apache-2.0
 *
 * The C side of the Zephyr platform of atomvm-rs: what is easier to say in C than through the
 * bindings of zephyr-lang-rust (devicetree macros, K_HEAP_DEFINE, the packs embedded at build
 * time, native_sim's command line). The Rust side is rust/zephyr/src/lib.rs.
 */

#include <zephyr/kernel.h>
#include <zephyr/sys/printk.h>
#include <zephyr/logging/log.h>
#include <zephyr/devicetree.h>
#include <zephyr/sys/sys_heap.h>
#include <string.h>

#if defined(CONFIG_FLASH_MAP)
#include <zephyr/storage/flash_map.h>
#endif

#if defined(CONFIG_ARCH_POSIX)
#include "cmdline.h"
#include "posix_native_task.h"
#include "nsi_host_trampolines.h"
#include "posix_board_if.h"
#endif

LOG_MODULE_REGISTER(atomvm, CONFIG_ATOMVM_LOG_LEVEL);

/* The heap every allocation of the VM comes from (CONFIG_ATOMVM_HEAP_SIZE bytes). */
K_HEAP_DEFINE(atomvm_heap, CONFIG_ATOMVM_HEAP_SIZE);

void *atomvm_heap_alloc(size_t align, size_t size)
{
	return k_heap_aligned_alloc(&atomvm_heap, align, size, K_NO_WAIT);
}

void atomvm_heap_free(void *ptr)
{
	k_heap_free(&atomvm_heap, ptr);
}

/* Grow or shrink in place when the heap can (a shrink always can), else move: without it a
 * Vec turned into a boxed slice (every module load) would need both copies at once. */
void *atomvm_heap_realloc(void *ptr, size_t align, size_t size)
{
	k_spinlock_key_t key = k_spin_lock(&atomvm_heap.lock);
	void *moved = sys_heap_aligned_realloc(&atomvm_heap.heap, ptr, align, size);

	k_spin_unlock(&atomvm_heap.lock, key);
	return moved;
}

size_t atomvm_heap_size(void)
{
	return CONFIG_ATOMVM_HEAP_SIZE;
}

/* Program output, byte for byte. */
void atomvm_console_write(const uint8_t *bytes, size_t len)
{
#if defined(CONFIG_ATOMVM_NATIVE_SIM_STDOUT)
	/* native_sim's console is line-oriented (it ends a line at '\r' and splits lines at 255
	 * characters); the host's stdout takes the bytes as they are. */
	while (len > 0) {
		long n = nsi_host_write(1, bytes, len);

		if (n <= 0) {
			return;
		}
		bytes += n;
		len -= n;
	}
	return;
#endif
	if (memchr(bytes, 0, len) != NULL) {
		/* %s would stop at the NUL byte. */
		for (size_t i = 0; i < len; i++) {
			printk("%c", bytes[i]);
		}
		return;
	}
	while (len > 0) {
		int n = len > 1024 ? 1024 : (int)len;

		printk("%.*s", n, (const char *)bytes);
		bytes += n;
		len -= n;
	}
}

/* Diagnostics: each line marked, so that they are told apart from the program's output. */
void atomvm_console_write_err(const uint8_t *bytes, size_t len)
{
	/* Lines are cut at 200 bytes, each piece marked: some consoles (native_sim's) split long
	 * lines themselves, which would leave a piece unmarked. */
	static size_t column;

	for (size_t i = 0; i < len; i++) {
		if (column == 0) {
			printk("[atomvm] ");
		}
		printk("%c", bytes[i]);
		column = bytes[i] == '\n' ? 0 : column + 1;
		if (column == 200) {
			printk("\n");
			column = 0;
		}
	}
}

void atomvm_log_info(const char *msg)
{
	LOG_INF("%s", msg);
}

/* The packs embedded at build time (CMake: ATOMVM_AVM, ATOMVM_ERLANG_SOURCES, ATOMVM_LIB_AVM). */
#if defined(ATOMVM_APP_EMBEDDED)
static const uint8_t app_avm[] __aligned(4) = {
#include <atomvm/app.avm.inc>
};
#endif
#if defined(ATOMVM_LIB_EMBEDDED)
static const uint8_t lib_avm[] __aligned(4) = {
#include <atomvm/lib.avm.inc>
};
#endif

#if defined(CONFIG_ARCH_POSIX)
/* native_sim: `-avm=FILE` and `-lib=FILE` load packs from the host's files at boot instead. */
static char *avm_file;
static char *lib_file;

static void add_options(void)
{
	static struct args_struct_t options[] = {
		{false, false, false, "avm", "file", 's', (void *)&avm_file, NULL,
		 "AtomVM: the application .avm (instead of the embedded one)"},
		{false, false, false, "lib", "file", 's', (void *)&lib_file, NULL,
		 "AtomVM: the standard library .avm (instead of the embedded one)"},
		ARG_TABLE_ENDMARKER};

	native_add_command_line_opts(options);
}
NATIVE_TASK(add_options, PRE_BOOT_1, 10);

/* 0 when the file is read into heap memory, -1 otherwise. */
static int read_host_file(const char *path, const uint8_t **data, size_t *len)
{
	int fd = nsi_host_open(path, 0 /* O_RDONLY */);
	size_t cap = 64 * 1024, n = 0;
	uint8_t *buf;

	if (fd < 0) {
		printk("[atomvm] cannot open %s\n", path);
		return -1;
	}
	buf = k_heap_alloc(&atomvm_heap, cap, K_NO_WAIT);
	while (buf != NULL) {
		long r;

		if (n == cap) {
			uint8_t *bigger = k_heap_alloc(&atomvm_heap, cap * 2, K_NO_WAIT);

			if (bigger != NULL) {
				memcpy(bigger, buf, n);
			}
			k_heap_free(&atomvm_heap, buf);
			buf = bigger;
			cap *= 2;
			continue;
		}
		r = nsi_host_read(fd, buf + n, cap - n);
		if (r <= 0) {
			break;
		}
		n += r;
	}
	nsi_host_close(fd);
	if (buf == NULL) {
		printk("[atomvm] %s does not fit in the heap\n", path);
		return -1;
	}
	*data = buf;
	*len = n;
	return 0;
}
#endif

/*
 * Packs in devicetree partitions: a `fixed-partitions` child named by the `app-partition` /
 * `lib-partition` phandle of an `atomvm,vm` node (dts/bindings/atomvm,vm.yaml), or else the
 * one whose label is "atomvm_app" / "atomvm_lib". On memory-mapped flash (`soc-nv-flash`) the
 * VM reads the pack in place; elsewhere (the SPI flash of the ESP32s) it is read into the heap
 * through the flash map.
 */
#define ATOMVM_VM_NODE DT_COMPAT_GET_ANY_STATUS_OKAY(atomvm_vm)
#if DT_NODE_HAS_PROP(ATOMVM_VM_NODE, app_partition)
#define ATOMVM_APP_PART DT_PHANDLE(ATOMVM_VM_NODE, app_partition)
#elif DT_HAS_FIXED_PARTITION_LABEL(atomvm_app)
#define ATOMVM_APP_PART DT_NODE_BY_FIXED_PARTITION_LABEL(atomvm_app)
#endif
#if DT_NODE_HAS_PROP(ATOMVM_VM_NODE, lib_partition)
#define ATOMVM_LIB_PART DT_PHANDLE(ATOMVM_VM_NODE, lib_partition)
#elif DT_HAS_FIXED_PARTITION_LABEL(atomvm_lib)
#define ATOMVM_LIB_PART DT_NODE_BY_FIXED_PARTITION_LABEL(atomvm_lib)
#endif

#define ATOMVM_PART_MAPPED(node) DT_NODE_EXISTS(DT_MEM_FROM_FIXED_PARTITION(node))

#if defined(CONFIG_FLASH_MAP)
static int atomvm_partition(uint8_t id, const char *what, const uint8_t **data, size_t *len)
{
	const struct flash_area *fa;
	uint8_t *buf;

	if (flash_area_open(id, &fa) != 0) {
		printk("[atomvm] cannot open the %s partition\n", what);
		return -1;
	}
	/* The pack's own end record tells where it stops; the whole partition is read. */
	buf = k_heap_alloc(&atomvm_heap, fa->fa_size, K_NO_WAIT);
	if (buf == NULL || flash_area_read(fa, 0, buf, fa->fa_size) != 0) {
		printk("[atomvm] cannot read the %s partition into the heap\n", what);
		flash_area_close(fa);
		return -1;
	}
	*data = buf;
	*len = fa->fa_size;
	flash_area_close(fa);
	return 0;
}
#endif

/* A pack in partition `node`: 0 and its bytes, or -1. */
#define ATOMVM_PARTITION_PACK(node, what, data, len)                                               \
	COND_CODE_1(ATOMVM_PART_MAPPED(node),                                                      \
		    ((*(data) = (const uint8_t *)DT_FIXED_PARTITION_ADDR(node),                           \
		      *(len) = DT_REG_SIZE(node), 0)),                                             \
		    (ATOMVM_PARTITION_READ(node, what, data, len)))
#if defined(CONFIG_FLASH_MAP)
#define ATOMVM_PARTITION_READ(node, what, data, len)                                               \
	atomvm_partition(DT_FIXED_PARTITION_ID(node), what, data, len)
#else
#define ATOMVM_PARTITION_READ(node, what, data, len)                                               \
	(printk("[atomvm] the " what " partition is not memory-mapped: enable CONFIG_FLASH_MAP\n"), \
	 -1)
#endif

/* The application pack: 0 and its bytes, or -1 when there is none. */
int atomvm_app_pack(const uint8_t **data, size_t *len)
{
#if defined(CONFIG_ARCH_POSIX)
	if (avm_file != NULL) {
		return read_host_file(avm_file, data, len);
	}
#endif
#if defined(ATOMVM_APP_EMBEDDED)
	*data = app_avm;
	*len = sizeof(app_avm);
	return 0;
#elif defined(ATOMVM_APP_PART)
	return ATOMVM_PARTITION_PACK(ATOMVM_APP_PART, "application", data, len);
#else
	printk("[atomvm] no application: build with -DATOMVM_AVM=app.avm or give the devicetree "
	       "a fixed partition labelled atomvm_app (or an atomvm,vm node's app-partition)\n");
	return -1;
#endif
}

/* The standard library pack: 0 and its bytes, or -1 when there is none. */
int atomvm_lib_pack(const uint8_t **data, size_t *len)
{
#if defined(CONFIG_ARCH_POSIX)
	if (lib_file != NULL) {
		return read_host_file(lib_file, data, len);
	}
#endif
#if defined(ATOMVM_LIB_EMBEDDED)
	*data = lib_avm;
	*len = sizeof(lib_avm);
	return 0;
#elif defined(ATOMVM_LIB_PART)
	return ATOMVM_PARTITION_PACK(ATOMVM_LIB_PART, "library", data, len);
#else
	return -1;
#endif
}

/* The end of a run: say how it ended, and on native_sim end the process with that status. */
void atomvm_exit(int status)
{
#if defined(CONFIG_ATOMVM_HEAP_STATS)
	struct sys_memory_stats stats;

	if (sys_heap_runtime_stats_get(&atomvm_heap.heap, &stats) == 0) {
		printk("[atomvm] heap: at most %zu of %d bytes in use\n", stats.max_allocated_bytes,
		       CONFIG_ATOMVM_HEAP_SIZE);
	}
#endif
	printk("[atomvm] exit %d\n", status);
#if defined(CONFIG_ARCH_POSIX) && defined(CONFIG_ATOMVM_EXIT_NATIVE_SIM)
	posix_exit(status);
#endif
}
