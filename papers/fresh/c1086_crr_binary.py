from h import *
rng=np.random.default_rng(1086); B=8; A=rng.normal(size=B)*3; beta=0.5
run('c1086_crr_binary', {r'\hat{A}_\theta':A, r'\beta':beta}, {'f_binary':(A>0).astype(float), 'f_exp':np.minimum(np.exp(A/beta),20)}, fn=[r'f_{\text{binary}}', r'f_{\text{exp}}'])
