from h import *
rng=np.random.default_rng(945); Br,Bc=3,4
S=rng.normal(size=(Br,Bc)); m=rng.normal(size=Br); l=rng.uniform(1,3,size=Br)
mt=S.max(1); P=np.exp(S-mt[:,None]); lt=P.sum(1); mn=np.maximum(m,mt)
ln=np.exp(m-mn)*l+np.exp(mt-mn)*lt
inp={'S_{ij}':S, 'm_i':m, r'\ell_i':l}
run('c945_flash_online_softmax', inp, mn, fn=r'm_i^{\mathrm{new}}')
run('c945_flash_online_softmax', inp, ln, fn=r'\ell_i^{\mathrm{new}}')
