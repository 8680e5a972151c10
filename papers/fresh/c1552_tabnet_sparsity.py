from h import *
rng=np.random.default_rng(1552); Ns,B,D=3,4,5; M=torch.softmax(T(rng.normal(size=(Ns,B,D))),2); eps=1e-5
run('c1552_tabnet_sparsity', {'M':M.numpy(),r'\epsilon':eps}, ((-M*torch.log(M+eps)).sum()/(Ns*B)).numpy(), fn='L_{sparse}')
