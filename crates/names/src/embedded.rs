//! The embedded registry of the library, read from the image the build
//! script made of the data files (see [`crate::prebuilt`]).

use crate::registry::Registry;
use std::sync::OnceLock;

/// The image of the embedded registry, written by `build.rs`: its text
/// (a string, checked when compiled) and its body.
const POOL: &str = include_str!(concat!(env!("OUT_DIR"), "/registry.pool"));
const IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/registry.bin"));

impl Registry {
    /// The embedded default registry (every UN member state, the people,
    /// bodies and places of the dispatches, the titles lexicon), made once
    /// per process from an image prepared when the crate was compiled.
    ///
    /// ```
    /// use depeche_names::Registry;
    /// let registry = Registry::embedded();
    /// assert_eq!(registry.get("KAZ").unwrap().name, "Kazakhstan");
    /// ```
    pub fn embedded() -> &'static Registry {
        static R: OnceLock<Registry> = OnceLock::new();
        R.get_or_init(|| {
            crate::prebuilt::decode(POOL, IMAGE).unwrap_or_else(Registry::build_embedded)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_image_reads_back_as_the_registry_the_data_files_make() {
        let built = Registry::try_build_embedded().expect("embedded data is well formed");
        let read = crate::prebuilt::decode(POOL, IMAGE).expect("the image reads whole");
        assert_eq!(read.entities(), built.entities());
        assert_eq!(read.titles().entries(), built.titles().entries());
        assert_eq!(
            crate::prebuilt::encode(&read),
            crate::prebuilt::encode(&built)
        );
    }
}
