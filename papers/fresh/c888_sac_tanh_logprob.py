from h import *
rng=np.random.default_rng(888); D=4; u=rng.normal(size=D); lm=-2.3
run('c888_sac_tanh_logprob', {r'\mathbf{u}':u,r'\log \mu(\mathbf{u}|\mathbf{s})':lm}, (lm-torch.log(1-torch.tanh(T(u))**2).sum()).numpy())
