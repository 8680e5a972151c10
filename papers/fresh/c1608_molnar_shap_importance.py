from h import *
rng=np.random.default_rng(1608); n,p=6,4; phi=rng.normal(size=(n,p))
run('c1608_molnar_shap_importance', {r'\phi_j^{(i)}':phi}, np.abs(phi).mean(0), fn='I_j')
