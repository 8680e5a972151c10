from h import *
rng=np.random.default_rng(1904); U,I,k=3,4,2; w=rng.normal(size=(U,k)); h=rng.normal(size=(I,k)); x=w@h.T
run('c1904_bpr_mf_score', {'w':w,'h':h}, x[:,:,None]-x[:,None,:], fn=r'\hat{x}_{uij}')
