from h import *
rng=np.random.default_rng(1089); B,A=4,3; Q=rng.normal(size=(B,A)); al=0.7
V=al*torch.logsumexp(T(Q)/al,1); pi=torch.exp((T(Q)-V[:,None])/al)
run('c1089_boltzmann_policy', {'Q':Q, r'\alpha':al}, {'v':V.numpy(), 'pi':pi.numpy()}, fn=['V', r'\pi'])
