from h import *
rng=np.random.default_rng(1361); d=5; ep=rng.normal(size=d); gr=rng.normal(size=d); ab,w=0.4,2.0
run('c1361_lw_classifier_guidance', {r'\boldsymbol{\epsilon}_\theta(x_t, t)':ep, r'\nabla_{\mathbf{x}_t} \log f_\phi(y \vert \mathbf{x}_t)':gr, r'\bar{\alpha}_t':ab, 'w':w}, ep-np.sqrt(1-ab)*w*gr, fn=r'\bar{\boldsymbol{\epsilon}}_\theta')
