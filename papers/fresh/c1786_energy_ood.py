from h import *
rng=np.random.default_rng(1786); K=6; f=rng.normal(size=K)*3; Tt=1.5
run('c1786_energy_ood', {r'f(\mathbf{x})':f, 'T':Tt}, np.array(-Tt*np.log(np.sum(np.exp(f/Tt)))), fn='E')
