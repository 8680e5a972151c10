from h import *
rng=np.random.default_rng(752); U,I,k=4,5,3; W=rng.normal(size=(U,k)); H=rng.normal(size=(I,k)); u,i,j=2,1,4
x=W[u]@H[i]-W[u]@H[j]
run('c752_bpr', {'w':W,'h':H,'u':u,'i':i,'j':j}, np.array(np.log(1/(1+np.exp(-x)))), fn=r'\ell_{uij}')
