% Roberts & Yaida (2022), Sec. 2.1 Eq. 2.5 (from memory): the MLP preactivation recursion with the semicolon sample
% index; sigma_{j;alpha} = sigma(z^{(l)}_{j;alpha}) given, W^{(l+1)} n_{l+1} x n_l, b^{(l+1)} (declared from prose)
W^{(\ell+1)} \in \mathbb{R}^{n_{\ell+1} \times n_\ell}, b^{(\ell+1)} \in \mathbb{R}^{n_{\ell+1}}, \sigma^{(\ell)} \in \mathbb{R}^{n_\ell \times N_D}

z^{(\ell+1)}_{i;\alpha} = b^{(\ell+1)}_i + \sum_{j=1}^{n_\ell} W^{(\ell+1)}_{ij} \sigma^{(\ell)}_{j;\alpha}, \quad \text{for } i = 1, \ldots, n_{\ell+1}
