from h import *
rng=np.random.default_rng(1429); L,d=5,3
q,k,v=(rng.normal(size=(L,d)) for _ in range(3))
b=1/(1+np.exp(-(k@q.T)/np.sqrt(d)))   # b[i, j] = sigma(q_j . k_i / sqrt d)
o=np.zeros((L,d))
for j in range(L):
    for i in range(j):
        A=b[i,j]*np.prod([1-b[kk,j] for kk in range(i+1,j)]); o[j]+=A*v[i]
run('c1429_stick_breaking', {r'\mathbf{q}':q,r'\mathbf{k}':k,r'\mathbf{v}':v}, o, fn=r'\mathbf{o}')
