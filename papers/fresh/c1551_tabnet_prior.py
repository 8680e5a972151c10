from h import *
rng=np.random.default_rng(1551); Ns,D=4,5; M=rng.random((Ns,D)); g=1.3
P=torch.cumprod(g-T(M),0)   # P[i] for i = 1..N_steps, one row each
run('c1551_tabnet_prior', {'M':M,r'\gamma':g}, P.numpy(), fn=r'\mathbf{P}')
