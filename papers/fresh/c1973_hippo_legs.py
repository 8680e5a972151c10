from h import *
N=5; A=np.zeros((N,N))
for n in range(N):
    for k in range(N):
        A[n,k]=-(np.sqrt(2*n+1)*np.sqrt(2*k+1) if n>k else (n+1 if n==k else 0))
run('c1973_hippo_legs', {'N':N}, A, fn='A', dims={'n_n':N})
