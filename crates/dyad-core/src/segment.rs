pub fn articles(_d: &crate::Document) -> Vec<crate::Article> { Vec::new() }
