from h import *
rng=np.random.default_rng(1028); n,d=5,3; x=rng.normal(size=(n,d))
D=torch.cdist(T(x),T(x)); D.fill_diagonal_(float('inf'))
run('c1028_koleo', {'x':x}, (-torch.log(D.min(1).values).mean()).numpy(), fn=r'\mathcal{L}_{\mathrm{koleo}}')
