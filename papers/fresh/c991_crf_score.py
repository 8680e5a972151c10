from h import *
rng=np.random.default_rng(991); n,k=4,3; P=rng.normal(size=(n,k)); A=rng.normal(size=(k+2,k+2)); y=np.array([k,0,2,1,1,k+1])
# P_{i, y_i} for i = 1..n: row i of P (1-based in the paper) is the i-th word
s=sum(A[y[i],y[i+1]] for i in range(n+1))+sum(P[i-1,y[i]] for i in range(1,n+1))
run('c991_crf_score', {'P':P,'A':A,'y':y}, np.array(s))
