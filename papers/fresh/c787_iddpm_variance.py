from h import *
rng=np.random.default_rng(787); d=5
v=rng.random(d); b=0.02; bt=0.015
run('c787_iddpm_variance', {'v':v,r'\beta_t':b,r'\tilde{\beta}_t':bt}, np.exp(v*np.log(b)+(1-v)*np.log(bt)))
