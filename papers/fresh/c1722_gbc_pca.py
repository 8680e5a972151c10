from h import *
rng=np.random.default_rng(1722); n,l=5,2; x=rng.normal(size=n); D=np.linalg.qr(rng.normal(size=(n,l)))[0]
run('c1722_gbc_pca', {r'\boldsymbol{x}':x, r'\boldsymbol{D}':D}, {'f':D.T@x, 'r':D@D.T@x}, fn=['f','r'])
