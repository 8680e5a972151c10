from h import *
rng=np.random.default_rng(752); U,I,k=4,5,3; W=rng.normal(size=(U,k)); H=rng.normal(size=(I,k))
X=W@H.T; x=X[:,:,None]-X[:,None,:]
run('c752_bpr', {'w':W,'h':H}, np.log(1/(1+np.exp(-x))), fn=r'\ell_{uij}')
